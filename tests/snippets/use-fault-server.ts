import { after, before } from 'node:test';
import { FaultServer } from './fault-server.ts';

/**
 * A fault server for the tests of one file, started before and stopped after them. The tests pass
 * baseURL and apiKey explicitly, so no ANTHROPIC_* setting of the machine may leak into the SDK.
 */
export function useFaultServer(): FaultServer {
  for (const name of Object.keys(process.env)) if (name.startsWith('ANTHROPIC_')) delete process.env[name];
  const server = new FaultServer();
  before(async () => {
    await server.start();
  });
  after(async () => {
    await server.stop();
  });
  return server;
}
