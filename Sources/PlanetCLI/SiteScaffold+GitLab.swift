/// The GitLab CI/CD pipeline of a new site (`planet new site --forge gitlab`): the same text as
/// `docs/ci/gitlab-ci.yml`, which a test compares.
extension SiteScaffold {
    static let gitlabPipeline = #"""
# The GitLab CI/CD pipeline of a community's repository (`planet new site --forge gitlab` writes it as
# .gitlab-ci.yml). Merge requests are checked: content errors, broken links, and a member's merge request
# may change only their own folder (authors/<username>/, when the GitLab username of whoever started the
# pipeline is their id) and comments; problems appear in the merge request's Code Quality report, on the
# changed lines. The default branch is built and published to GitLab Pages (Deploy → Pages gives its
# address: make it the base_url of planet.yaml).
#
# planet is not compiled here: each job downloads the release archive of PLANET_VERSION for Linux x86_64
# from PLANET_REPOSITORY's releases, checks it against PLANET_SHA256 (the release's .sha256 file holds it;
# the job stops on any other archive), and runs it on Debian 12 with its libraries and git, without Swift.
# To build planet from that version's source instead (about 15 minutes a job), set the CI/CD variable
# PLANET_FROM_SOURCE to true (Settings → CI/CD → Variables).

variables:
  # Where planet comes from: the repository, the release, and the SHA-256 of its archive.
  PLANET_REPOSITORY: your-organisation/planet
  PLANET_VERSION: "\#(PlanetVersion.number)"
  PLANET_SHA256: paste-the-archive-sha256-here
  PLANET_IMAGE: debian:bookworm-slim
  GIT_DEPTH: "0" # the whole history: for git_dates and for --changed-since

workflow:
  rules:
    - if: $PLANET_FROM_SOURCE == "true"
      variables:
        PLANET_IMAGE: swift:6.3.1-bookworm
    - when: always

default:
  image: $PLANET_IMAGE
  before_script:
    - apt-get update -qq
    - apt-get install -y -qq --no-install-recommends ca-certificates curl \#(runtimePackages)
    - git config --global --add safe.directory "$CI_PROJECT_DIR"
    - |
      if [ "$PLANET_FROM_SOURCE" = true ]; then
        apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev libcurl4-openssl-dev libsqlite3-dev libstemmer-dev pkg-config
        git clone --depth 1 --branch "v$PLANET_VERSION" "https://github.com/$PLANET_REPOSITORY" /tmp/planet-src
        swift build -c release --product planet --package-path /tmp/planet-src
        mkdir -p /opt/planet && cp /tmp/planet-src/.build/release/planet /opt/planet/
      else
        archive="planet-$PLANET_VERSION-linux-x86_64.tar.gz"
        url="https://github.com/$PLANET_REPOSITORY/releases/download/v$PLANET_VERSION/$archive"
        if ! printf '%s' "$PLANET_SHA256" | grep -Eqx '[0-9a-f]{64}'; then
          echo "error: PLANET_SHA256 is not set in .gitlab-ci.yml: write the SHA-256 from $url.sha256 there"
          exit 1
        fi
        curl -fsSL --retry 3 -o "/tmp/$archive" "$url"
        echo "$PLANET_SHA256  /tmp/$archive" | sha256sum --check --strict
        mkdir -p /opt/planet && tar -xzf "/tmp/$archive" -C /opt/planet --strip-components 1
      fi

check:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  script:
    - |
      member=$(printf '%s' "$GITLAB_USER_LOGIN" | tr '[:upper:]' '[:lower:]')
      if [ -f "authors/$member/author.yaml" ]; then set -- --author "$member"; else set --; fi
      /opt/planet/planet check . --changed-since "$CI_MERGE_REQUEST_DIFF_BASE_SHA" "$@" --format gitlab > gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

pages:
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    # The weekly letter: a pipeline schedule (Build → Pipeline schedules, "0 6 * * 1") records the letter of the
    # week that just ended and publishes it; commit letters/ (`planet letter` on a member's machine) to keep it.
    - if [ "$CI_PIPELINE_SOURCE" = schedule ]; then /opt/planet/planet letter . --mail-file /tmp/letter.eml; fi
    - /opt/planet/planet build . --output public
  artifacts:
    paths:
      - public

"""#
}
