package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    @Test
    void a_reader_waits_while_a_large_file_holds_the_budget_and_goes_on_when_it_is_released() throws Exception {
        MemoryBudget budget = new MemoryBudget(100L << 20);
        long large = budget.estimate(60L << 20);
        long small = budget.estimate(1024);
        assertThat(large).isEqualTo(100L << 20); // larger than the budget: read alone
        budget.acquire(large);

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try {
                budget.acquire(small);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(second).isNotDone();
        budget.release(large);

        second.get(30, TimeUnit.SECONDS);
        assertThat(budget.used()).isEqualTo(small);
    }

    @Test
    void small_files_share_the_budget() throws InterruptedException {
        MemoryBudget budget = new MemoryBudget(100L << 20);
        for (int i = 0; i < 10; i++) {
            budget.acquire(budget.estimate(10_000));
        }
        assertThat(budget.used()).isEqualTo(10 * budget.estimate(10_000));
    }
}
