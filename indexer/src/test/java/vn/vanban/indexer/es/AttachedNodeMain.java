package vn.vanban.indexer.es;

/** Child JVM for the orphan test: starts an attached node, says READY, and waits to be killed. */
public final class AttachedNodeMain {

    private AttachedNodeMain() {}

    public static void main(String[] args) throws InterruptedException {
        LocalNodeSettings settings = LocalNodeSettings.fromEnvironment()
                .withPort(Integer.parseInt(args[0]))
                .withHeap("256m", "512m");
        LocalNode node = LocalNode.start(settings, LocalNode.Lifecycle.ATTACHED);
        System.out.println("READY " + node.url());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
