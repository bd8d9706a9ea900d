import PlanetCore
import PlanetTemplate

extension SiteRenderer {
    /// The page at an old address: it sends readers on at once (`refresh`), names the canonical address, keeps
    /// search engines away (`noindex`), and shows a link for whoever's browser does not follow.
    static let redirectPage = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url={{url}}">
        <link rel="canonical" href="{{url}}">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        </head>
        <body>
        <main>
        <p><a href="{{url}}">{{title}}</a></p>
        </main>
        </body>
        </html>

        """

    static let redirectTemplate = "planet-redirect"

    /// The redirect page of an alias.
    func renderRedirect(_ redirect: Redirect) -> OutputFile {
        let values = EncodedValue(encoding: RedirectPage(
            lang: site.config.language, title: redirect.title, url: site.config.absoluteURL(redirect.target)))
        return file(redirect.outputPath, Self.redirectTemplate, values)
    }
}
