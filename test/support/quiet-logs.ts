// Expected failures (a masked internal error, a refused token) would otherwise fill the test
// output with log lines; LOG_LEVEL=debug brings them back when a test needs reading.
process.env.LOG_LEVEL ??= 'silent';
