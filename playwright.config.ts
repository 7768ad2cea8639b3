// End-to-end tests: Debian's Chromium (no browser download) against the real embedded server, started on
// fresh demo data for every run (scripts/e2e-server.ts). `npm run test:e2e` builds first when needed.
import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 3100);
// Playwright empties its output folder when a run starts: a run on another port gets a folder of its own.
const outputDir = process.env['E2E_PORT'] ? `test-results/playwright-${port}` : 'test-results/playwright';

export default defineConfig({
	testDir: 'apps/web/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir,
	// one server with one database: specs run one after another
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env['CI'],
	// One retry, reported as "flaky" in the output: on this 2-core machine a browser test that fails once and
	// passes on its retry is a timing flake or a race to investigate, never a pass to ignore. Known: the first
	// co-editing test once saw one editor cut off by the presence rate limit (fixed, see
	// docs/known-issues.md).
	retries: 1,
	reporter: [['list']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
			// Without the background-networking flags Chromium keeps calling home, which this network refuses.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'node scripts/e2e-server.ts',
		url: `http://127.0.0.1:${port}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: { PORT: String(port), HOST: '127.0.0.1' },
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 }
	}
});
