import assert from "node:assert/strict";
import {
  EPOCH_MEDIAN_TRAINING_DAYS,
  epochTrainingStart,
  runLengthTrainingStart,
} from "../../src/cost/training-start.js";
import { defaultRun } from "../../src/cost/default-run.js";
import { throwsText } from "../throws-text.js";

describe("cost/training-start", () => {
  it("epochTrainingStart uses Epoch's median 793.5 h where the database gives no training time: DeepSeek-V3's row, 2024-12-24 → 2024-09-21 22:30", () => {
    // 793.5 h ÷ 24 = 33.0625 days; 2024-12-24 − 33 days 1.5 h − 60 days = 2024-09-21 22:30
    assert.equal(EPOCH_MEDIAN_TRAINING_DAYS, 33.0625);
    const v3 = epochTrainingStart({ published: "2024-12-24" });
    assert.equal(v3.at, "2024-09-21T22:30:00.000Z");
    assert.equal(v3.day, "2024-09-21");
    assert.equal(v3.runHours, 793.5);
    // Epoch's get_training_start_date on its own V3 row printed 2024-09-21 22:30:00 (research, out/v3_263c40a.txt)
  });

  it("epochTrainingStart truncates the database's hours, as int() does: 976.5625 h → 976 h", () => {
    // 2022-06-01 − 976 h (40 days 16 h) − 60 days = 2022-02-20 08:00, as Epoch's code gave
    assert.equal(
      epochTrainingStart({ published: "2022-06-01", trainingHours: 976.5625 }).at,
      "2022-02-20T08:00:00.000Z",
    );
    // 2020-06-01 − 1,953 h (81 days 9 h) − 60 days = 2020-01-11 15:00
    assert.equal(
      epochTrainingStart({ published: "2020-06-01", trainingHours: 1953.125 }).at,
      "2020-01-11T15:00:00.000Z",
    );
  });

  it("runLengthTrainingStart: the report's date − GPU-hours ÷ GPUs − 60 days; V3: 2024-12-27 → 2024-09-01", () => {
    // 2,788,000 ÷ 2,048 = 1,361.3 h → 1,361 h = 56 days 17 h; 2024-12-27 − 56 d 17 h − 60 d = 2024-09-01 07:00
    const v3 = runLengthTrainingStart({ published: "2024-12-27", gpuHours: 2_788_000, gpuCount: 2_048 });
    assert.equal(v3.at, "2024-09-01T07:00:00.000Z");
    assert.equal(v3.day, defaultRun().trainingStart);
    // the other gaps Epoch's code names: 180 days → 2024-05-04, 20 days → 2024-10-11
    assert.equal(
      runLengthTrainingStart({ published: "2024-12-27", gpuHours: 2_788_000, gpuCount: 2_048, gapDays: 180 }).day,
      "2024-05-04",
    );
    assert.equal(
      runLengthTrainingStart({ published: "2024-12-27", gpuHours: 2_788_000, gpuCount: 2_048, gapDays: 20 }).day,
      "2024-10-11",
    );
  });

  it("both rules refuse what is not a date or a positive number, by name", () => {
    throwsText(
      () => epochTrainingStart({ published: "2024-02-30" }),
      'invalid published: "2024-02-30" (expected a date as YYYY-MM-DD or a valid Date)',
    );
    throwsText(
      () => epochTrainingStart({ published: "2024-12-24", trainingHours: -1 }),
      "invalid trainingHours: -1 (expected a positive number)",
    );
    throwsText(
      () => runLengthTrainingStart({ published: "2024-12-27", gpuHours: 2_788_000, gpuCount: 0 }),
      "invalid gpuCount: 0 (expected a positive number)",
    );
    throwsText(
      () => runLengthTrainingStart({ published: "2024-12-27", gpuHours: 1, gpuCount: 1, gapDays: -1 }),
      "invalid gapDays: -1 (expected a number ≥ 0)",
    );
  });
});
