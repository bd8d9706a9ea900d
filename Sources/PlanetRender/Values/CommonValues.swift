import PlanetTemplate

/// What every page receives (see themes/default/README.md): `lang`, `t`, `site` and `page`.
struct CommonValues: Encodable, Hashable, Sendable {
    var lang: String
    /// The interface strings, encoded once for every page.
    var t: Shared<[String: String]>
    var site: SiteValues
    var page: PageMeta
}

/// The values a template receives: those of every page, then the template's own.
typealias PageContext<Content: Encodable & Hashable & Sendable> = Merged<CommonValues, Content>
