// A process that tries to lock the data folder given at the moment given (so that several
// started together really contend), holds it a moment and says how it went.
import { lockDataDir } from './data-dir-lock.js';

const [dataDir = '', startAt = '0'] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {
  // Busy until the common start: a timer would add its own jitter.
}
try {
  const unlock = lockDataDir(dataDir);
  await new Promise((resolve) => setTimeout(resolve, 500));
  unlock();
  console.log('locked');
} catch {
  console.log('refused');
}
