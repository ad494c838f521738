// Stand-in for the 'server-only' marker package when the DAL runs under Vitest.
export {};
