package vn.yearendreview.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import vn.yearendreview.YearEndReviewApplication;

/**
 * A step test: the application's context with the Batch test utilities and the job's
 * steps ({@link JobSteps}), started once for the test class and closed after it, since
 * each class points the application at a work folder of its own
 * ({@link StepRuns#properties}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = { YearEndReviewApplication.class, StepTestConfiguration.class })
@SpringBatchTest
@DirtiesContext
public @interface StepTest {

}
