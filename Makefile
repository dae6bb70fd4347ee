# The quick start: `make run` and `make test` on a fresh Debian 12 machine.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= 2
CONFIG ?= configs/default.json
# CI builds with -Werror; a local build only warns.
WERROR ?= $(if $(CI),ON,OFF)

.PHONY: all deps configure build run test format clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DGRADLAB_WERROR=$(WERROR) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Exit code 1 means the run went through and some checks failed: that is a
# result to read in the report, not a broken build, so `make run` succeeds.
# Anything else (2: bad config) fails it.
run: build
	@$(BUILD_DIR)/gradlab run $(CONFIG) || { rc=$$?; [ $$rc -eq 1 ] && echo "gradlab: some checks failed (exit code 1): see Failures above"; [ $$rc -eq 1 ]; }

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

format:
	@find core functions backends suites optimizers reporters runner app tests bench \
	  -name '*.h' -o -name '*.cpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
