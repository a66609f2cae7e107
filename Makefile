# RoleFit: the two commands are `make run` and `make test`.
SWIFT ?= swift
BIN := .build/debug/rolefit

.PHONY: run test build release deps test-deps clean

## run: install what is missing, build, and start a session on the shipped banks
run: build
	@$(BIN) $(ARGS)

## test: install what the suite needs, build, and run every test
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: deps
	$(SWIFT) build --product rolefit

release: deps
	$(SWIFT) build -c release --product rolefit

deps:
	@scripts/install-deps.sh run

test-deps:
	@scripts/install-deps.sh test

clean:
	rm -rf .build
