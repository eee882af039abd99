# Everything a fresh machine needs: `make demo` and `make test` each run `make setup` first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SHARED := ../shared/eval

.PHONY: setup demo test test-fast lint wheel-check eval eval-corpus bench system-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml setup.py
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# LibreOffice (Word-compatibility tests; Calc opens redacted embedded workbooks) and Chromium
# (review page tests), from Debian.
system-deps:
	@command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 || { \
	  command -v apt-get >/dev/null 2>&1 && (apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
	    libreoffice-writer-nogui libreoffice-calc-nogui chromium fonts-dejavu-core) >/dev/null 2>&1 \
	  || echo "system-deps: could not install LibreOffice/Chromium; those tests will be skipped"; }

demo: setup
	$(VENV)/bin/redactor redact examples/sample-imr.docx -o examples/out/docx/sample-imr.docx --force
	$(VENV)/bin/redactor redact examples/sample-imr.txt -o examples/out/txt/sample-imr.txt --force
	@echo "Outputs and review files are in examples/out/"

test: setup system-deps
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not office and not browser and not eval"

# Code checks: ruff (pyproject.toml [tool.ruff]) over redactor/ and tests/, and mypy over redactor/.
lint: setup
	$(VENV)/bin/ruff check redactor tests
	$(VENV)/bin/mypy

# The wheel, installed into a new virtual environment outside the checkout, redacts offline.
wheel-check: setup
	scripts/wheel_check.sh $(abspath $(PY))

# Figures for the README: the development set (txt and docx), the real pages (dev, dev2), and
# CoNLL-2003 and TAB-ECHR as batches (every set through `redactor batch`, as a user runs it).
eval: setup
	rm -rf .bench/eval && mkdir -p .bench/eval/in-txt .bench/eval/in-docx .bench/eval/rp1 .bench/eval/rp2
	cp $(SHARED)/dhr-dev/case*.txt .bench/eval/in-txt/ && cp $(SHARED)/dhr-dev/case*.docx .bench/eval/in-docx/
	cp $(SHARED)/real-pages-dev/p*.txt .bench/eval/rp1/ && cp $(SHARED)/real-pages-dev2/p*.txt .bench/eval/rp2/
	$(VENV)/bin/redactor batch .bench/eval/in-txt -o .bench/eval/txt --no-review
	$(VENV)/bin/redactor batch .bench/eval/in-docx -o .bench/eval/docx --no-review
	$(VENV)/bin/redactor batch .bench/eval/rp1 -o .bench/eval/rp1-out --no-review
	$(VENV)/bin/redactor batch .bench/eval/rp2 -o .bench/eval/rp2-out --no-review
	$(VENV)/bin/redactor batch $(SHARED)/conll2003-test/docs -o .bench/eval/conll --no-review
	$(VENV)/bin/redactor batch $(SHARED)/tab-echr-144/docs -o .bench/eval/tab --no-review
	$(PY) $(SHARED)/score_dhr.py $(SHARED)/dhr-dev .bench/eval/txt --ext txt | tail -1
	$(PY) $(SHARED)/score_dhr.py $(SHARED)/dhr-dev .bench/eval/docx --ext docx | tail -1
	$(PY) $(SHARED)/score_real_pages.py $(SHARED)/real-pages-dev .bench/eval/rp1-out | tail -1
	$(PY) $(SHARED)/score_real_pages.py $(SHARED)/real-pages-dev2 .bench/eval/rp2-out | tail -1
	$(PY) $(SHARED)/score_conll.py .bench/eval/conll | tail -1
	$(PY) $(SHARED)/score_tab.py .bench/eval/tab | tail -1

# The real-text corpus (corpus/real/README.md): `make eval-corpus SPLIT=dev` (or dev2 … dev16, test) runs
# `redactor batch` with review bundles over the split and scores it; --verbose lists the leaks.
SPLIT ?= dev
eval-corpus: setup
	rm -rf .bench/corpus-$(SPLIT) && mkdir -p .bench/corpus-$(SPLIT)/in
	cp corpus/real/$(SPLIT)/*.txt .bench/corpus-$(SPLIT)/in/
	$(VENV)/bin/redactor batch .bench/corpus-$(SPLIT)/in -o .bench/corpus-$(SPLIT)/out
	$(PY) scripts/score_corpus.py corpus/real/$(SPLIT) .bench/corpus-$(SPLIT)/out --bundles | tail -1

bench: setup
	$(PY) benchmarks/speed.py
	$(PY) benchmarks/folder.py
	$(PY) benchmarks/review_page.py
	$(PY) benchmarks/serve.py
	$(PY) benchmarks/pictures.py

clean:
	rm -rf .bench examples/out .pytest_cache
