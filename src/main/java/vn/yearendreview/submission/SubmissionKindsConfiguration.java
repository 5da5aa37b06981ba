package vn.yearendreview.submission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of submission a run reads. */
@Configuration(proxyBeanMethods = false)
public class SubmissionKindsConfiguration {

	@Bean
	SubmissionKinds submissionKinds() {
		return SubmissionKinds.standard();
	}

}
