/**
 * Child process of the numbering test: creates `count` issues of one year on a shared database file,
 * as fast as it can, and prints each number it got. All workers start together: each announces
 * itself with a file <barrier>.<pid> and waits for the file <barrier>.go.
 * Usage: create-issues.ts <db> <year> <count> <barrier>
 */
import fs from 'node:fs';
import { openDatabase } from '@/lib/db/client';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { createIssue } from '@/lib/services/create-issue';

const [dbPath, yearText, countText, barrier] = process.argv.slice(2);
const db = openDatabase(dbPath!, { migrate: false });
fs.writeFileSync(`${barrier}.${process.pid}`, '');
while (!fs.existsSync(`${barrier}.go`)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
const year = Number(yearText);
const numbers: number[] = [];
for (let i = 0; i < Number(countText); i++) {
  numbers.push(createIssue(db, SYSTEM_ACTOR, { periodStart: `${year}-01-01`, periodEnd: `${year}-01-31` }).number);
}
process.stdout.write(`${JSON.stringify(numbers)}\n`);
db.$client.close();
