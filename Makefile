# Thin wrapper over ./dev for those who type make.
.PHONY: run test bench deps
run:
	./dev run
test:
	./dev test
bench:
	./dev bench
deps:
	./dev deps
