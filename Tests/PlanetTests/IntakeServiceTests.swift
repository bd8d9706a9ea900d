import Testing

/// The suites that run the real `planet intake` (delivery, hostile clients, kills), one test at a time: each
/// starts processes and bursts of requests, and running them together would starve the timing-bound tests of
/// other suites on a 2-core machine.
@Suite(.serialized) enum IntakeServiceTests {}
