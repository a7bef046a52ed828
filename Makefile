# zitdocs — two commands on a fresh Debian machine with Swift:
#   make demo   installs what is missing, builds, fills the sample templates into Output/
#   make test   installs what is missing, runs the whole test suite
SWIFT      ?= swift
APT_NEEDS  := libxml2-dev libzip-dev zlib1g-dev libsqlite3-dev libyajl-dev libqrencode-dev libpng-dev pkg-config
# --format pdf: LibreOffice converts, driven through its UNO listener from Python (python3-uno);
# qpdf reads a PDF for `zitdocs pdfcheck`. LibreOffice is optional and large, so `make demo` and
# `make build` install the others only where it is. `make test` installs all of them (APT_TEST),
# since the PDF tests fail without them, with poppler-utils (the tests read the PDFs' text) and the
# templates' fonts (DejaVu Sans; Liberation Sans for Arial); zbar-tools' zbarimg reads back the
# certificates' verification QR codes.
APT_PDF    := python3-uno qpdf
APT_TEST   := libreoffice-writer-nogui fonts-dejavu-core fonts-liberation2 $(APT_PDF) poppler-utils zbar-tools
CONFIG     ?= release
# The Swift runtime and Foundation linked into the program: it starts in about 11 ms instead
# of 17 ms, because the dynamic loader no longer resolves Foundation's symbols at every run.
# Only where the toolchain ships the static libraries (the swift.org ones do).
STATIC     ?= $(shell d="$$(dirname "$$(readlink -f "$$(command -v $(SWIFT))")")/../lib/swift_static"; \
                [ -d "$$d" ] && echo --static-swift-stdlib)

.PHONY: demo test build deps test-deps bench fuzz clean serve lint format api-fuzz browser-deps browser-test

deps:
	@wanted="$(APT_NEEDS) $(EXTRA_APT)"; if command -v soffice >/dev/null 2>&1; then wanted="$$wanted $(APT_PDF)"; fi; \
	missing=""; for p in $$wanted; do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# LibreOffice (large: its size and install time are in Bench/README.md) and the
# PDF tools, for the PDF tests.
test-deps:
	@$(MAKE) --no-print-directory deps EXTRA_APT="$(APT_TEST)"

build: deps
	$(SWIFT) build -c $(CONFIG) $(STATIC) --product zitdocs

demo: build
	@bash Examples/demo.sh "$$($(SWIFT) build -c $(CONFIG) $(STATIC) --show-bin-path)/zitdocs"

test: test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) browser-test

# make browser-test: the web page in headless Chromium (Tests/Browser, pytest + selenium, axe-core
# from the axe-playwright-python wheel), against the debug build's zitdocs serve. Debian's
# chromium and chromium-driver, and the pinned PyPI packages in .build/browser-venv, are installed
# when missing; nothing is downloaded while the tests run. Screenshots go to .build/screenshots/.
BROWSER_APT  := chromium chromium-driver
BROWSER_VENV := .build/browser-venv
browser-deps:
	@$(MAKE) --no-print-directory deps EXTRA_APT="$(BROWSER_APT)"
	@$(MAKE) --no-print-directory $(BROWSER_VENV)/installed

$(BROWSER_VENV)/installed: Tests/Browser/requirements.txt Tests/Browser/requirements-axe.txt
	@[ -x $(BROWSER_VENV)/bin/python ] || python3 -m venv $(BROWSER_VENV)
	$(BROWSER_VENV)/bin/pip install -q --disable-pip-version-check -r Tests/Browser/requirements.txt
	$(BROWSER_VENV)/bin/pip install -q --disable-pip-version-check --no-deps -r Tests/Browser/requirements-axe.txt
	@touch $@

browser-test: deps browser-deps
	$(SWIFT) build --product zitdocs
	cd Tests/Browser && ZITDOCS_BIN="$(CURDIR)/.build/debug/zitdocs" "$(CURDIR)/$(BROWSER_VENV)/bin/python" -m pytest

# The code's layout is swift-format's (.swift-format); `make format` rewrites it in place.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

# make fuzz: many more random templates than make test draws, each document written from the
# renderer's marks and through zlib alone and compared. FUZZ_CASES cases from FUZZ_SEED (a new
# seed each run unless given); a failure names the seed that repeats it (ZITDOCS_FUZZ_ONLY=seed).
FUZZ_CASES ?= 5000
fuzz: deps
	$(SWIFT) build --build-tests
	@seed="$(FUZZ_SEED)"; [ -n "$$seed" ] || seed=$$(date +%s); echo "make fuzz: $(FUZZ_CASES) cases from seed $$seed"; \
	ZITDOCS_FUZZ_CASES=$(FUZZ_CASES) ZITDOCS_FUZZ_SEED=$$seed $(SWIFT) test --skip-build --filter RandomTemplateCodingTests

# make serve: the service on the sample project at 127.0.0.1:8080. The first time, an office
# account "biuro" is created with a random password printed once (there is no default one).
SERVE_PROJECT ?= Examples/projekt
serve: build
	@bin="$$($(SWIFT) build -c $(CONFIG) $(STATIC) --show-bin-path)/zitdocs"; \
	if ! "$$bin" user list --project $(SERVE_PROJECT) 2>/dev/null | awk -F'\t' '$$2 == "office" && $$4 == "aktywne"' | grep -q .; then \
	  password="$$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"; \
	  printf '%s\n' "$$password" | "$$bin" user add biuro --role office --project $(SERVE_PROJECT) >/dev/null || exit 1; \
	  echo "Założono konto biura: login biuro, hasło $$password — zapisz je, nie zostanie pokazane ponownie."; \
	fi; \
	exec "$$bin" serve --project $(SERVE_PROJECT) $(SERVE_ARGS)

# make api-fuzz: schemathesis (PyPI, installed into .bench/api-venv) against API/openapi.yaml on a
# server started on a copy of the sample project; fails on any 5xx or undocumented answer.
api-fuzz: build
	bash API/fuzz.sh "$$($(SWIFT) build -c $(CONFIG) $(STATIC) --show-bin-path)/zitdocs" $(API_FUZZ_EXAMPLES)

# make bench: zitdocs against docxtpl (Python) on the same tasks, then the server under load from
# wrk and Python clients (Bench/serve_bench.py); see Bench/README.md.
# Needs python3 (with venv) and PyPI for the peer; valgrind is used when present.
bench: deps
	@[ -x /usr/bin/time ] || { echo "Installing: time"; SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq time >/dev/null || true; }
	@command -v wrk >/dev/null 2>&1 || { echo "Installing: wrk"; SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk >/dev/null; }
	$(SWIFT) build -c release $(STATIC) --product zitdocs
	python3 Bench/run.py --zitdocs "$$($(SWIFT) build -c release $(STATIC) --show-bin-path)/zitdocs" $(BENCH_ARGS)
	python3 Bench/serve_bench.py --zitdocs "$$($(SWIFT) build -c release $(STATIC) --show-bin-path)/zitdocs"

clean:
	rm -rf .build Output/*
	touch Output/.gitkeep
