package vn.yearendreview;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by the stages of the job. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	Messages messages(ReviewProperties properties) {
		return Messages.of(properties.lang());
	}

}
