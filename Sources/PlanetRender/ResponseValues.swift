import PlanetCore

/// A post's `responses` ("Réponses de la communauté": other members' posts that link to it, newest first), as
/// template values (see themes/default/README.md): `{title, url, date_iso, date_display, author, origin}`.
enum ResponseValues {
    static func build(_ indices: [Int], context: ContextBuilder) -> [[String: Any]] {
        indices.map { index in
            let summary = context.postSummaries[index]
            var values: [String: Any] = [:]
            for key in ["title", "url", "date_iso", "date_display", "author", "origin"] { values[key] = summary[key] }
            return values
        }
    }
}
