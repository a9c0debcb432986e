import { connect } from 'node:net';

const host = process.env.REDISHOST ?? '127.0.0.1';
const port = Number(process.env.REDISPORT ?? 6379);
export const REDIS = `redis://${host}:${port}`;

// A PING over a plain socket: no client library needed to know whether a server answers.
function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (up: boolean): void => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

const up = await redisAnswers();

/** Skip Redis tests when no server answers, except in CI, where they must fail instead. */
export const skipRedis = !up && !process.env.CI;
if (skipRedis) console.warn(`Redis tests skipped: no server answers at ${host}:${port} (with CI set they fail instead)`);
export const redisTitle = (title: string): string => (skipRedis ? `${title} — skipped: no Redis at ${host}:${port} (with CI set this fails)` : title);
