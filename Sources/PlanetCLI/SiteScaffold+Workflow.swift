/// The GitHub Actions workflow of a new site: the same text as `docs/ci/publish.yml`, which a test compares.
extension SiteScaffold {
    static let workflow = #"""
# The GitHub Actions workflow of a community's repository (`planet new site` writes it as
# .github/workflows/planet.yml). Pull requests are checked: content errors, broken links, and a member's
# pull request may change only their own folder (authors/<login>/, when their GitHub login is their id)
# and comments; problems appear as annotations on the changed lines. Pushes to main are built and
# published to GitHub Pages (Settings → Pages → Source: GitHub Actions).
name: planet

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: planet-${{ github.ref }}
  cancel-in-progress: true

env:
  # Where planet's source lives, and which version to build.
  PLANET_REPOSITORY: your-organisation/planet
  PLANET_VERSION: main

jobs:
  build:
    runs-on: ubuntu-24.04
    container: swift:6.3.1-noble
    steps:
      - name: Install git, jq, cmark-gfm and libxml2
        run: apt-get update -qq && apt-get install -y -qq git jq libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev libcurl4-openssl-dev pkg-config
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the whole history: for git_dates and for --changed-since
      - name: Trust the checkout
        run: git config --global --add safe.directory "$GITHUB_WORKSPACE"
      - name: Cache planet
        id: cache
        uses: actions/cache@v4
        with:
          path: /opt/planet
          key: planet-${{ env.PLANET_VERSION }}
      - name: Build planet
        if: steps.cache.outputs.cache-hit != 'true'
        run: |
          git clone --depth 1 --branch "$PLANET_VERSION" "https://github.com/$PLANET_REPOSITORY" /tmp/planet-src
          swift build -c release --product planet --package-path /tmp/planet-src
          mkdir -p /opt/planet && cp /tmp/planet-src/.build/release/planet /opt/planet/
      - name: Check the pull request
        if: github.event_name == 'pull_request'
        env:
          BASE: ${{ github.event.pull_request.base.sha }}
          LOGIN: ${{ github.event.pull_request.user.login }}
        run: |
          member=$(printf '%s' "$LOGIN" | tr '[:upper:]' '[:lower:]')
          if [ -f "authors/$member/author.yaml" ]; then set -- --author "$member"; else set --; fi
          status=0
          /opt/planet/planet check . --changed-since "$BASE" "$@" --format json > check.json || status=$?
          jq -r '.diagnostics[] | "::\(.severity) file=\(.path),line=\(.line),col=\(.column),title=\(.code)::\(.message)"' check.json
          exit $status
      - name: Build the site
        run: /opt/planet/planet build . --output public
      - uses: actions/upload-pages-artifact@v3
        if: github.ref == 'refs/heads/main'
        with:
          path: public

  deploy:
    if: github.ref == 'refs/heads/main'
    needs: build
    runs-on: ubuntu-24.04
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4

"""#
}
