package vn.vanban.backend.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import vn.vanban.backend.ApiTestApplication;

/** The backend on a random port against the fixture index; see {@link ApiTestBase}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = ApiTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.index.alias=" + ApiFixture.ALIAS, "vanban.api.audience-header=true"})
public @interface ApiTest {}
