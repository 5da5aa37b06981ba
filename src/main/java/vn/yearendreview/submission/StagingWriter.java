package vn.yearendreview.submission;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.yearendreview.model.Staged;
import vn.yearendreview.model.StagedPoint;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.model.StagedTask;
import vn.yearendreview.staging.StagingRepository;

/** Stores a chunk of a file's profile and checked rows, in the chunk's transaction. */
class StagingWriter implements ItemWriter<Staged> {

	private final StagingRepository staging;

	private final long instance;

	StagingWriter(StagingRepository staging, long instance) {
		this.staging = staging;
		this.instance = instance;
	}

	@Override
	public void write(Chunk<? extends Staged> chunk) {
		List<StagedRow> rows = new ArrayList<>(chunk.size());
		List<StagedPoint> points = new ArrayList<>();
		List<StagedTask> tasks = new ArrayList<>();
		for (Staged item : chunk) {
			if (item instanceof FileProfile profile) {
				this.staging.saveProfile(this.instance, profile.staged());
			}
			else if (item instanceof StagedRow row) {
				rows.add(row);
			}
			else if (item instanceof StagedPoint point) {
				points.add(point);
			}
			else if (item instanceof StagedTask task) {
				tasks.add(task);
			}
		}
		this.staging.saveRows(this.instance, rows);
		if (!points.isEmpty()) {
			this.staging.savePoints(this.instance, points);
		}
		if (!tasks.isEmpty()) {
			this.staging.saveTasks(this.instance, tasks);
		}
	}

}
