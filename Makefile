# RoleFit: the two commands are `make run` and `make test`.
SWIFT ?= swift
BIN := .build/debug/rolefit

.PHONY: run test audit build release deps test-deps clean hardening fuzz-smoke sanitizers format format-check install bench-store

## run: install what is missing, build, and start a session on the shipped banks
run: build
	@$(BIN) $(ARGS)

## test: install what the suite needs (PostgreSQL among it: the store tests start a throwaway cluster of
## their own), build, and run every test
test: test-deps format-check audit
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) hardening

## audit: no try!, no try? on a write, no unchecked Double→Int or duration arithmetic in Sources, except the
## reviewed cases in scripts/audit-allow.txt; the self-test plants one case per rule and expects each to fail.
audit:
	python3 scripts/audit-sources.py
	python3 scripts/audit-sources.py --self-test

## hardening: the unit suites under AddressSanitizer and ThreadSanitizer, then 30 s of fuzzing per target (FUZZ_SECONDS; long campaigns use scripts/fuzz.sh).
## Every step has a timeout, so a hang fails the run instead of stalling CI.
hardening: sanitizers fuzz-smoke

UNIT_SUITES := RoleFitCoreTests|RoleFitTerminalTests
FUZZ_SECONDS ?= 30

# The unit suites never touch the PostgreSQL store, so these builds leave it (and SwiftNIO, BoringSSL) out.
sanitizers: export ROLEFIT_NO_POSTGRES = 1
sanitizers:
	timeout 1800 $(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp timeout 1800 $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan --filter '$(UNIT_SUITES)'
	timeout 1800 $(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	timeout 2400 $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter '$(UNIT_SUITES)'

fuzz-smoke:
	timeout 3600 scripts/fuzz.sh all $(FUZZ_SECONDS)

## bench-store: answers committed per second with 50 writers and the p99 time from answer to next
## question, for the results folder and for a throwaway PostgreSQL (a benchmark, not a test).
bench-store: build
	scripts/bench-store.sh

build: deps
	$(SWIFT) build --product rolefit

release: deps
	$(SWIFT) build -c release --product rolefit

## install: a release build into PREFIX/bin, the shipped banks into PREFIX/share/rolefit/QuestionBanks
## (where rolefit finds them from any folder). `make install PREFIX=~/.local`; CONFIGURATION=debug for a debug build.
PREFIX ?= /usr/local
CONFIGURATION ?= release
BIN_DIR ?= $(shell $(SWIFT) build -c $(CONFIGURATION) --show-bin-path 2>/dev/null)
install: deps
	$(SWIFT) build -c $(CONFIGURATION) --product rolefit
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/rolefit/QuestionBanks"
	install -m 0755 "$(BIN_DIR)/rolefit" "$(DESTDIR)$(PREFIX)/bin/rolefit"
	cp -R QuestionBanks/. "$(DESTDIR)$(PREFIX)/share/rolefit/QuestionBanks/"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/rolefit; add $(PREFIX)/bin to PATH if it is not there."

deps:
	@scripts/install-deps.sh run

test-deps:
	@scripts/install-deps.sh test

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz

## format-check: fail when a Swift file differs from what swift-format (toolchain, .swift-format) would write.
## Part of `test`; `make format` rewrites the tree to match.
format-check:
	swift-format lint --strict --recursive --parallel Package.swift Sources Tests

## format: rewrite every Swift file in place with swift-format.
format:
	swift-format format --in-place --recursive --parallel Package.swift Sources Tests
