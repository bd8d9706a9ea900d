import ArgumentParser

/// The forge a new site's repository lives on (`planet new site --forge`): it picks the site's CI file.
enum SiteForge: String, CaseIterable, ExpressibleByArgument {
    case github, gitlab

    /// Where the CI file goes, relative to the site folder.
    var ciPath: String {
        switch self {
        case .github: ".github/workflows/planet.yml"
        case .gitlab: ".gitlab-ci.yml"
        }
    }
}
