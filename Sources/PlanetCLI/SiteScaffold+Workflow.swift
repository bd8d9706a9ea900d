/// The GitHub Actions workflow of a new site: the same text as `docs/ci/publish.yml`, which a test compares.
extension SiteScaffold {
    static let workflow = #"""
# The GitHub Actions workflow of a community's repository (`planet new site` writes it as
# .github/workflows/planet.yml). Pull requests are checked: content errors, broken links, and a member's
# pull request may change only their own folder (authors/<login>/, when their GitHub login is their id)
# and comments; problems appear as annotations on the changed lines. Pushes to main are built and
# published to GitHub Pages (Settings → Pages → Source: GitHub Actions).
#
# planet is not compiled here: the job downloads the release archive of PLANET_VERSION for Linux x86_64
# from PLANET_REPOSITORY's releases, checks it against PLANET_SHA256 (the release's .sha256 file holds it;
# the job stops on any other archive), and runs it on Debian 12 with its libraries and git, without Swift.
# To build planet from that version's source instead (about 15 minutes, then cached), set the repository
# variable PLANET_FROM_SOURCE to true (Settings → Secrets and variables → Actions → Variables).
#
# The weekly letter: every Monday at 06:00 UTC the scheduled run records the letter of the week that just
# ended (`planet letter`, letters/<week>.yaml), commits it to main, and publishes it with the site
# (/letters/<year>-<week>/, or /lettres/ on a French site). Sending it by e-mail is the intake host's job
# (docs/operators.md). Remove the `schedule:` trigger to write no letter.
name: planet

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:
  schedule:
    - cron: "0 6 * * 1" # the weekly letter

permissions:
  contents: write # the scheduled run commits the weekly letter
  pages: write
  id-token: write

concurrency:
  group: planet-${{ github.ref }}
  cancel-in-progress: true

env:
  # Where planet comes from: the repository, the release, and the SHA-256 of its archive.
  PLANET_REPOSITORY: your-organisation/planet
  PLANET_VERSION: "\#(PlanetVersion.number)"
  PLANET_SHA256: paste-the-archive-sha256-here

jobs:
  build:
    runs-on: ubuntu-24.04
    container: ${{ vars.PLANET_FROM_SOURCE == 'true' && 'swift:6.3.1-bookworm' || 'debian:bookworm-slim' }}
    steps:
      - name: Install git and planet's libraries
        run: |
          apt-get update -qq
          apt-get install -y -qq --no-install-recommends ca-certificates curl \#(runtimePackages)
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the whole history: for git_dates and for --changed-since
      - name: Trust the checkout
        run: git config --global --add safe.directory "$GITHUB_WORKSPACE"
      - name: Download planet
        if: vars.PLANET_FROM_SOURCE != 'true'
        run: |
          archive="planet-$PLANET_VERSION-linux-x86_64.tar.gz"
          url="https://github.com/$PLANET_REPOSITORY/releases/download/v$PLANET_VERSION/$archive"
          if ! printf '%s' "$PLANET_SHA256" | grep -Eqx '[0-9a-f]{64}'; then
            echo "::error file=.github/workflows/planet.yml::PLANET_SHA256 is not set: write the SHA-256 from $url.sha256 there"
            exit 1
          fi
          curl -fsSL --retry 3 -o "/tmp/$archive" "$url"
          echo "$PLANET_SHA256  /tmp/$archive" | sha256sum --check --strict
          mkdir -p /opt/planet && tar -xzf "/tmp/$archive" -C /opt/planet --strip-components 1
      - name: Cache planet built from source
        id: cache
        if: vars.PLANET_FROM_SOURCE == 'true'
        uses: actions/cache@v4
        with:
          path: /opt/planet
          key: planet-${{ env.PLANET_VERSION }}-source
      - name: Build planet from source
        if: vars.PLANET_FROM_SOURCE == 'true' && steps.cache.outputs.cache-hit != 'true'
        run: |
          apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev libcurl4-openssl-dev libsqlite3-dev libstemmer-dev pkg-config
          git clone --depth 1 --branch "v$PLANET_VERSION" "https://github.com/$PLANET_REPOSITORY" /tmp/planet-src
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
          /opt/planet/planet check . --changed-since "$BASE" "$@" --format github
      - name: Record the weekly letter
        if: github.event_name == 'schedule'
        run: |
          /opt/planet/planet letter . --mail-file "$RUNNER_TEMP/letter.eml"
          if [ -n "$(git status --porcelain letters)" ]; then
            git config user.name "planet" && git config user.email "planet@users.noreply.github.com"
            git add letters && git commit -q -m "The weekly letter" && git push -q origin HEAD:main
          fi
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
