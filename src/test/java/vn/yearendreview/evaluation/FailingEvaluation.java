package vn.yearendreview.evaluation;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.yearendreview.staging.VerdictTable;
import vn.yearendreview.staging.VerdictTable.RowVerdict;

/**
 * A run that stops in the middle of the evaluation: added to a run with
 * {@code --spring.main.sources=} this class (and bean overriding allowed), the third
 * chunk of verdicts fails as a machine switched off would leave it, after two were
 * committed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingEvaluation {

	/** The arguments that add this fault to a run. */
	public static final String[] ARGUMENTS = { "--spring.main.sources=" + FailingEvaluation.class.getName(),
			"--spring.main.allow-bean-definition-overriding=true" };

	@Bean
	@StepScope
	VerdictWriter verdictWriter(VerdictTable verdicts,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new VerdictWriter(verdicts, instance) {

			private int chunks;

			@Override
			public void write(Chunk<? extends RowVerdict> chunk) {
				if (++this.chunks == 3) {
					throw new IllegalStateException("the power went off");
				}
				super.write(chunk);
			}

		};
	}

}
