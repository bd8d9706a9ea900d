/// What a local run of the service replaces in the site's settings: `base_url` (the preview's address) and
/// `comments.intake` (the service's own loopback address), so that the form and its answers stay on this machine.
public struct SiteOverrides: Sendable, Hashable {
    public var baseURL: String?
    public var intakeURL: String?

    public init(baseURL: String? = nil, intakeURL: String? = nil) {
        self.baseURL = baseURL
        self.intakeURL = intakeURL
    }
}
