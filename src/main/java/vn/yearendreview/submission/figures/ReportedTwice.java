package vn.yearendreview.submission.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.staging.FileTable.FileHeaders;
import vn.yearendreview.staging.RecordTable;
import vn.yearendreview.staging.Rejection;
import vn.yearendreview.submission.kind.Rejections;
import vn.yearendreview.submission.kind.SameKeyRows;
import vn.yearendreview.submission.kind.SameKeyRule;
import vn.yearendreview.submission.kind.WholeSet;

/**
 * The same-key rule of indicator figures: a department's indicator counts once.
 */
final class ReportedTwice implements SameKeyRule {

	/**
	 * Rejects all but one row of each department and indicator reported more than once,
	 * as {@link SameKeyRows} decides; the keys are found by {@link RepeatedKeys}, and the
	 * rejections stored a batch at a time.
	 */
	@Override
	public int apply(WholeSet set) {
		long instance = set.instance();
		Map<Integer, FileHeaders> files = new HashMap<>();
		set.files().fileHeaders(instance).forEach((file) -> files.put(file.fileNo(), file));
		Rejections rejections = set.rejections(Reason.PLAN_DIFFERS);
		RepeatedKeys.find((consumer) -> set.rows().forEachAcceptedKey(instance, consumer), set.counts().accepted(),
				(key) -> {
					List<SameKeyRows.Row> sameKey = new ArrayList<>();
					for (long place : key.places()) {
						int fileNo = RepeatedKeys.fileNo(place);
						long line = RepeatedKeys.line(place);
						RecordTable.Figures figures = set.rows().figures(instance, fileNo, line);
						sameKey.add(new SameKeyRows.Row(fileNo, line,
								SameKeyRows.isOwnFile(files.get(fileNo).name(), key.department()), figures.key(),
								figures.note()));
					}
					List<SameKeyRows.Verdict> verdicts = SameKeyRows.decide(sameKey);
					for (SameKeyRows.Verdict verdict : verdicts) {
						if (verdict.reason() != null) {
							int fileNo = verdict.row().fileNo();
							rejections.add(new Rejection(fileNo, key.department(),
									new Problem(SameKeyRows.severity(verdict.reason()), verdict.row().line(),
											files.get(fileNo).keyHeader(), key.indicator(), verdict.reason(),
											message(set.messages(), verdict, verdicts, key, files))));
						}
					}
				});
		return rejections.finish();
	}

	private static String message(Messages messages, SameKeyRows.Verdict verdict, List<SameKeyRows.Verdict> verdicts,
			RepeatedKeys.Repeated key, Map<Integer, FileHeaders> files) {
		if (verdict.reason() == Reason.CONFLICT) {
			List<String> places = new ArrayList<>();
			for (SameKeyRows.Verdict other : verdicts) {
				if (other != verdict && places.size() < SameKeyRows.PLACES_LISTED) {
					places.add(messages.get("problem.place", files.get(other.row().fileNo()).name(),
							String.valueOf(other.row().line())));
				}
			}
			if (verdicts.size() - 1 > SameKeyRows.PLACES_LISTED) {
				places.add("…");
			}
			return messages.get("problem.CONFLICT", key.indicator(), key.department(), String.join("; ", places));
		}
		return messages.get("problem." + verdict.reason().name(), key.indicator(), key.department(),
				files.get(verdict.kept().fileNo()).name(), String.valueOf(verdict.kept().line()));
	}

	/**
	 * A department's rows are read through the files it appears in, which costs a pass
	 * over each of those files. When many departments share files (one file holding a
	 * whole ministry's rows), that would read the same rows again and again: then the
	 * rows get an index by department, at a cost of about a third of the time taken to
	 * store them.
	 */

}
