package vn.vanban.backend;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend alone as a web application, for the API tests (the portal adds the views). */
@SpringBootApplication
public class ApiTestApplication {}
