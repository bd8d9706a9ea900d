/// `404`: nothing but what every page receives.
struct NotFoundPage: Encodable, Hashable, Sendable {}
