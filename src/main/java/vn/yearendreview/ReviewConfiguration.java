package vn.yearendreview;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.submission.StagingRepository;

/** Beans shared by the stages of the job. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	Messages messages(ReviewProperties properties) {
		return Messages.of(properties.lang());
	}

	@Bean
	StagingRepository stagingRepository(JdbcTemplate jdbc) {
		return new StagingRepository(jdbc);
	}

}
