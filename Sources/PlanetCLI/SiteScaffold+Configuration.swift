import Yams

/// The YAML files of a new site, each key after a comment in the site's language: `planet.yaml` and the first
/// member's `author.yaml`.
extension SiteScaffold {
    /// `planet.yaml`, its values written by Yams.
    func configuration() throws -> String {
        let settings: [(comment: String, frenchComment: String, key: String, value: Node)] = [
            ("The site's title: in the header, the browser's tabs and the Atom feeds.",
             "Titre du site : affiché dans l’en-tête, les onglets et les flux Atom.", "title", Node(title)),
            ("The site's public address, without a final slash: for absolute addresses (feeds, canonical links).",
             "Adresse publique du site, sans barre oblique finale : sert aux adresses absolues (flux, liens canoniques).",
             "base_url", Node(baseURL)),
            ("The site's language (BCP 47): it chooses the interface's words and the typography.",
             "Langue du site (BCP 47) : elle choisit les textes de l’interface et la typographie.", "language", Node(language)),
            ("The time zone (IANA name) of the dates written without an offset in posts and comments.",
             "Fuseau horaire (nom IANA) des dates écrites sans décalage dans les billets et les commentaires.", "timezone",
             Node(timeZone)),
            ("A post without `updated` takes the date of its file's last commit, when that falls on a later day.",
             "Un billet sans `updated` prend la date du dernier commit de son fichier, quand elle tombe un jour plus tard.",
             "git_dates", Node("true", Tag(.bool))),
        ]
        var text = isFrench
            ? "# Les réglages du site : voir la documentation de planet, docs/reference.md, « planet.yaml ».\n"
            : "# The site's settings: see planet's documentation, docs/reference.md, \"planet.yaml\".\n"
        for setting in settings {
            text += "\n# " + (isFrench ? setting.frenchComment : setting.comment) + "\n"
            text += try Yams.serialize(node: Node([(Node(setting.key), setting.value)]), allowUnicode: true)
        }
        return text
    }

    /// A member's `author.yaml`: `name: ...`, written by Yams, then the other keys commented out, in English or
    /// in French.
    static func profile(name: String, french: Bool) throws -> String {
        let header = french
            ? "# Votre profil : pour ajouter une ligne, retirez le # qui la précède.\n"
            : "# Your profile: to add a line, remove the # before it.\n"
        let keys = french
            ? """
            # bio: "Une ou deux phrases sur vous."
            # website: "https://example.org"
            # links:
            #   - title: Mastodon
            #     url: "https://mastodon.example/@vous"

            """
            : """
            # bio: "One or two sentences about you."
            # website: "https://example.org"
            # links:
            #   - title: Mastodon
            #     url: "https://mastodon.example/@you"

            """
        return header + (try Yams.serialize(node: Node([(Node("name"), Node(name))]), allowUnicode: true)) + keys
    }
}
