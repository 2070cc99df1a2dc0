// Sums the vitest and Playwright JSON reports into the one closing line CI reads:
// "N passed, N failed" (+ ", N skipped" with the reasons listed above it).
import fs from 'node:fs';

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const skipReasons = [];
const missing = [];

const unit = readJson('reports/unit-results.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  for (const file of unit.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') {
        skipReasons.push(`unit: ${test.fullName}`);
      }
    }
  }
} else {
  missing.push('unit');
}

const e2e = readJson('reports/e2e-results.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else {
  missing.push('e2e');
}

// A suite that never produced a report did not pass: count it as one failure so the line cannot lie.
failed += missing.length;
if (missing.length > 0) console.log(`suites without a report (did not run or crashed): ${missing.join(', ')}`);
for (const reason of skipReasons) console.log(`skipped: ${reason}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
