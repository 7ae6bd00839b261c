import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const base = { MONGO_URL: 'mongodb://127.0.0.1:27017/pulse' };

describe('configuration', () => {
  it('takes defaults for what is not set', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ PORT: 4000, WEBHOOK_ALLOW_PRIVATE_NETWORKS: false });
    expect(config.SECRET_KEY).toBeUndefined();
  });

  it('treats an empty SECRET_KEY (docker compose without PULSE_SECRET_KEY) as unset, and refuses a short one', () => {
    expect(loadConfig({ ...base, SECRET_KEY: '' }).SECRET_KEY).toBeUndefined();
    expect(() => loadConfig({ ...base, SECRET_KEY: 'too short' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, SECRET_KEY: 'too short' })).toThrow(
      'SECRET_KEY must be at least 32 characters',
    );
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty', REDIS_URL: 'http://x' })).toThrow(
      /PORT[\s\S]*REDIS_URL/,
    );
  });
});
