import PlanetCore
import PlanetLoad
import PlanetRender
import PlanetTheme

extension BuildPipeline {
    /// The intake service's answer pages for `site`, built from `input` (`plan(input, ...).site`): in the theme
    /// `planet.yaml` names, with the site's own theme files over the built-in ones, as the site's pages are.
    public static func intakePages(_ input: SiteInput, site: Site) -> (IntakePages?, [Diagnostic]) {
        switch Theme.resolve(name: site.config.theme, siteFiles: input.themeFiles.mapValues(\.bytes)) {
        case .success(let theme): IntakePages.make(site: site, theme: theme, themePath: "themes/\(site.config.theme)")
        case .failure(let diagnostic): (nil, [diagnostic])
        }
    }
}
