package vn.yearendreview.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.yearendreview.model.Messages;

/** Beans shared by the stages of the job. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	Messages messages(ReviewProperties properties) {
		return Messages.of(properties.lang());
	}

}
