package dev.cloudkg;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a real HTTP port with its embedded Neo4j and the seed graph. Every test class
 * with this annotation shares one started application (Spring's context cache), so the embedded
 * Neo4j starts once per test run. Ports are free ones; the database lives under {@code target/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"cloudkg.embedded.bolt-port=0", "cloudkg.embedded.http-port=0",
		"cloudkg.embedded.data-dir=target/test-graph/${random.uuid}"})
public @interface CloudKgTest {

}
