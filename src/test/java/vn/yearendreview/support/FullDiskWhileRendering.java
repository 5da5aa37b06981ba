package vn.yearendreview.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.settings.ReviewProperties;

/**
 * A disk that fills up while the review is written: added to a run with
 * {@code --spring.main.sources=} this class (and bean overriding allowed), the review
 * step writes the start of its PDF into the staging folder, then fails as a full disk
 * does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FullDiskWhileRendering {

	/** The arguments that add this fault to a run. */
	public static final String[] ARGUMENTS = { "--spring.main.sources=" + FullDiskWhileRendering.class.getName(),
			"--spring.main.allow-bean-definition-overriding=true" };

	@Bean
	Step renderReviewStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReviewProperties properties) {
		return new StepBuilder("renderReviewStep", jobRepository).tasklet((contribution, chunkContext) -> {
			long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
			Path staging = Files.createDirectories(properties.layout().stagingFolder(instance));
			Files.writeString(staging.resolve("bao-cao-tong-hop-2023.pdf"), "%PDF-1.4\n% cut short",
					StandardCharsets.US_ASCII);
			throw new IOException("No space left on device");
		}, transactionManager).build();
	}

}
