/// The site being served, replaced after each good rebuild.
actor PreviewState {
    private(set) var site = ServedSite()

    func replace(with site: ServedSite) {
        self.site = site
    }
}
