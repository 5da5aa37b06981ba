package vn.yearendreview.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import vn.yearendreview.support.ReviewCommand;

/**
 * The shapes of input that stress different parts of a run, each written at a scale (1 =
 * the size measured in BENCHMARKS.md), or as the small copy the test suite runs in a
 * small heap: many departments without a catalog, the same with a long catalog, one huge
 * file, many small files, many paragraphs and registrations, every row rejected.
 *
 * <p>
 * Command line: {@code InputShapes SHAPE DIR [SCALE|small]}.
 */
public enum InputShapes {

	/**
	 * 1,000 departments × 1,000 indicators, each row carrying its plan, name and unit; no
	 * catalog. Small copy: 10 departments × 10,000 indicators.
	 */
	NO_CATALOG {
		@Override
		long write(Path dir, double scale) throws IOException {
			return withoutCatalog(dir, InputGenerator.generate(dir, scaled(1_000, scale), 1_000, YEAR, 2, true));
		}

		@Override
		long writeSmallCopy(Path dir) throws IOException {
			return withoutCatalog(dir, InputGenerator.generate(dir, 10, 10_000, YEAR, 2, true));
		}
	},

	/**
	 * The same with a catalog of its 1,000 indicators: every one in the committee's
	 * documents. Small copy: 5 departments and a catalog of 300 indicators, still more
	 * than the console calls long.
	 */
	LONG_CATALOG {
		@Override
		long write(Path dir, double scale) throws IOException {
			return InputGenerator.generate(dir, scaled(1_000, scale), 1_000, YEAR, 2, true);
		}

		@Override
		long writeSmallCopy(Path dir) throws IOException {
			return InputGenerator.generate(dir, 5, 300, YEAR, 2, true);
		}
	},

	/**
	 * One department, one file of 1,000,000 rows; no catalog. Small copy: 100,000 rows.
	 */
	ONE_FILE {
		@Override
		long write(Path dir, double scale) throws IOException {
			return withoutCatalog(dir, InputGenerator.generate(dir, 1, scaled(1_000_000, scale), YEAR, 2, true));
		}

		@Override
		long writeSmallCopy(Path dir) throws IOException {
			return write(dir, 0.1);
		}
	},

	/**
	 * 10,000 files of 100 rows, with the catalog of their 100 indicators. Small copy: 200
	 * files of 20 rows.
	 */
	MANY_FILES {
		@Override
		long write(Path dir, double scale) throws IOException {
			return InputGenerator.generate(dir, scaled(10_000, scale), 100, YEAR, 2, true);
		}

		@Override
		long writeSmallCopy(Path dir) throws IOException {
			return InputGenerator.generate(dir, 200, 20, YEAR, 2, true);
		}
	},

	/**
	 * 100,000 narrative paragraphs and 100,000 registrations beside the sample set. Small
	 * copy: 5,000 of each.
	 */
	MANY_PARAGRAPHS {
		@Override
		long write(Path dir, double scale) throws IOException {
			ReviewCommand.copySample(dir);
			int count = scaled(100_000, scale);
			String[] groups = { "Kinh tế", "Văn hóa – xã hội", "Môi trường", "Quốc phòng – an ninh", "Xây dựng Đảng" };
			String[] kinds = { "Kết quả nổi bật", "Hạn chế", "Nguyên nhân", "Nhiệm vụ năm sau" };
			String[] levels = { "BCH", "BTV", "TT" };
			try (BufferedWriter points = writer(dir.resolve("tong-hop-nhan-dinh.csv"));
					BufferedWriter tasks = writer(dir.resolve("tong-hop-nhiem-vu-2024.csv"))) {
				points.write("Mã đơn vị;Năm;Lĩnh vực;Loại;Nội dung;Thứ tự\r\n");
				tasks.write("Mã đơn vị;Năm;Tháng;Nội dung;Cấp xem xét;Cơ quan chủ trì;Cơ quan phối hợp;Sản phẩm\r\n");
				for (int i = 0; i < count; i++) {
					String department = DEPARTMENTS[i % DEPARTMENTS.length];
					points.write(String.format(Locale.ROOT,
							"%s;%d;%s;%s;Đoạn nhận định số %d về tình hình thực hiện nhiệm vụ của đơn vị trong năm.;%d\r\n",
							department, YEAR, groups[i % groups.length], kinds[(i / 5) % kinds.length], i + 1, i + 1));
					tasks.write(String.format(Locale.ROOT, "%s;%d;%d;Nội dung trình số %d của đơn vị;%s;;;Báo cáo\r\n",
							department, YEAR + 1, 1 + i % 12, i + 1, levels[i % levels.length]));
				}
			}
			return 2L * count;
		}
	},

	/** 1,000,000 rows, every one rejected. Small copy: 100,000 rows. */
	ALL_REJECTED {
		@Override
		long write(Path dir, double scale) throws IOException {
			return InputGenerator.generate(dir, scaled(1_000, scale), 1_000, YEAR, 1_000, true);
		}

		@Override
		long writeSmallCopy(Path dir) throws IOException {
			return write(dir, 0.1);
		}
	};

	/** The year the shapes report. */
	public static final int YEAR = 2023;

	private static final String[] DEPARTMENTS = { "SKHDT", "STC", "SCT", "SNNPTNT", "SLDTBXH", "SYT", "CA", "BCHQS" };

	/**
	 * Writes the shape's input folder.
	 * @param dir the folder to create
	 * @param scale 1 for the full size
	 * @return the rows written
	 * @throws IOException when the folder cannot be written
	 */
	abstract long write(Path dir, double scale) throws IOException;

	/**
	 * Writes the copy of the shape the test suite runs in a small heap: about 100,000
	 * rows where the shape is about rows, fewer where its cost is in the documents it
	 * makes.
	 * @param dir the folder to create
	 * @return the rows written
	 * @throws IOException when the folder cannot be written
	 */
	long writeSmallCopy(Path dir) throws IOException {
		return write(dir, 0.05);
	}

	/**
	 * Writes a shape's small copy, for the tests.
	 * @param dir the folder to create
	 * @return the rows written
	 * @throws IOException when the folder cannot be written
	 */
	public long writeSmallCopyTo(Path dir) throws IOException {
		return writeSmallCopy(dir);
	}

	/**
	 * Writes a shape's folder, for the command line and the tests.
	 * @param dir the folder to create
	 * @param scale 1 for the full size
	 * @return the rows written
	 * @throws IOException when the folder cannot be written
	 */
	public long writeTo(Path dir, double scale) throws IOException {
		return write(dir, scale);
	}

	private static int scaled(int count, double scale) {
		return Math.max(1, (int) Math.round(count * scale));
	}

	private static long withoutCatalog(Path dir, long rows) throws IOException {
		Files.delete(dir.resolve("catalog/indicators.csv"));
		Files.delete(dir.resolve("catalog/departments.csv"));
		Files.delete(dir.resolve("catalog"));
		return rows;
	}

	private static BufferedWriter writer(Path file) throws IOException {
		return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
	}

	public static void main(String[] args) throws IOException {
		InputShapes shape = valueOf(args[0]);
		long rows = (args.length > 2 && args[2].equals("small")) ? shape.writeSmallCopyTo(Path.of(args[1]))
				: shape.writeTo(Path.of(args[1]), (args.length > 2) ? Double.parseDouble(args[2]) : 1);
		System.out.println("wrote " + rows + " rows of " + shape + " to " + args[1]);
	}

}
