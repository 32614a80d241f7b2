import { afterAll, afterEach, beforeEach } from 'vitest';
import { removeTemporaryAppData, testRun } from './test-app';

// Every test file: a temporary app data folder goes away after the test that made it (in beforeEach or in the
// test), or after the file's last test when made in beforeAll. This file's hooks run first before a test and
// last after it.
beforeEach(() => {
  testRun.inTest = true;
});
afterEach(() => {
  removeTemporaryAppData('test');
  testRun.inTest = false;
});
afterAll(() => removeTemporaryAppData('all'));
