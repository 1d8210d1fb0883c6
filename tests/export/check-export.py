#!/usr/bin/env python3
# check-export.py: round trips of the exported files through real clients.
#
# Writes the sample reports (export-sample), then checks the PDF with pdfinfo,
# pdftotext and pdffonts, and has LibreOffice turn the DOCX back into text and the
# XLSX back into CSV, checking Thai text and numbers survive.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile

ROWS = 120
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def libreoffice(tmp, src, target):
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=tmp)
    outdir = os.path.join(tmp, "lo")
    subprocess.run(["libreoffice", "--headless", "--norestore",
                    "-env:UserInstallation=file://" + profile,
                    "--convert-to", target, "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=240)
    stem = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(":")[0]
    with open(os.path.join(outdir, stem + "." + ext), encoding="utf-8-sig") as f:
        return f.read()


def main():
    sample = sys.argv[1]
    for tool in ("pdfinfo", "pdftotext", "pdffonts"):
        if shutil.which(tool) is None:
            # A check that cannot run is a failure, not a skip.
            print("FAIL %s is not installed (poppler-utils): the PDF checks need it" % tool)
            return 1
    with tempfile.TemporaryDirectory(prefix="prs-export-rt-") as tmp:
        pages = {}
        for line in run(sample, tmp, str(ROWS)).splitlines():
            name, value = line.split(" ", 1)
            pages[name] = value

        # PDF: page count, extractable Thai text, page labels, embedded fonts
        for stem in ("synthetic", "thai", "summary"):
            pdf = os.path.join(tmp, stem + ".pdf")
            info = run("pdfinfo", pdf)
            count = int([l for l in info.splitlines() if l.startswith("Pages:")][0].split()[1])
            check(count == int(pages[stem + ".pdf"]), "%s.pdf has the laid-out %s pages" % (stem, count))
            size = [l for l in info.splitlines() if l.startswith("Page size:")][0]
            check("(A4)" in size or ("595" in size and "841" in size), "%s.pdf is A4" % stem)
            fonts = run("pdffonts", pdf).splitlines()[2:]
            check(fonts and all(l.split()[-5] == "yes" for l in fonts), "%s.pdf embeds its fonts" % stem)
        text = run("pdftotext", "-layout", os.path.join(tmp, "synthetic.pdf"), "-")
        check("รายงานสรุปอัตรากำลังตามหน่วยงาน" in text, "PDF text holds the Thai title")
        check("1,234.56" in text and "กลุ่มงานคลัง 2" in text, "PDF text holds table cells")
        n = int(pages["synthetic.pdf"])
        check(("หน้า %d / %d" % (n, n)) in text, "PDF footer numbers the pages")
        check(text.count("หน่วยงาน") >= n - 1, "PDF header row repeats on every page")
        thai = run("pdftotext", os.path.join(tmp, "thai.pdf"), "-")
        check("หน้า ๑ / " in thai and "๑,๒๓๔.๕๖" in thai, "Thai-digit PDF uses Thai digits")
        meta = {}
        for l in run("pdfinfo", os.path.join(tmp, "synthetic.pdf")).splitlines():
            key, _, value = l.partition(":")
            meta[key] = value.strip()
        check(meta.get("Title", "").startswith("รายงานสรุปอัตรากำลังตามหน่วยงาน"), "PDF metadata has the title")
        check(meta.get("Author") == "ฝ่ายเลขานุการ", "PDF metadata has the author")

        # CSV written by us: BOM, the numbers, the total
        with open(os.path.join(tmp, "synthetic.csv"), "rb") as f:
            raw = f.read()
        check(raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, "CSV has a BOM and CRLF")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        expected_total = sum((i + 1) * 123456 + (i % 7) * 25 for i in range(ROWS))
        check(rows[-1][1] == "รวมทั้งสิ้น" and rows[-1][4] == "%d.%02d" % divmod(expected_total, 100),
              "CSV total row is exact")

        if shutil.which("libreoffice") is None:
            # A round trip that cannot run is a failure, not a pass.
            check(False, "LibreOffice is installed (the DOCX and XLSX round trips need it)")
            return 1

        # DOCX -> text
        txt = libreoffice(tmp, os.path.join(tmp, "synthetic.docx"), "txt:Text")
        check("รายงานสรุปอัตรากำลังตามหน่วยงาน" in txt, "DOCX opens in LibreOffice with the Thai title")
        check("กลุ่มงานประชาสัมพันธ์และเผยแพร่ข้อมูลข่าวสาร" in txt, "DOCX table text survives")
        check("1,234.56" in txt, "DOCX numbers survive")
        check("( นายสมมติ ตัวอย่าง )" in txt, "DOCX signature block survives")
        txt = libreoffice(tmp, os.path.join(tmp, "summary.docx"), "txt:Text")
        check("รายงานสรุปอัตรากำลังจำแนกตามหน่วยงานและประเภทบุคลากร" in txt, "summary DOCX opens")

        # XLSX -> CSV (UTF-8): numbers come back as numbers with their formats
        out = libreoffice(tmp, os.path.join(tmp, "synthetic.xlsx"),
                          "csv:Text - txt - csv (StarCalc):44,34,76,1")
        rows = list(csv.reader(io.StringIO(out)))
        first = [r for r in rows if len(r) > 4 and r[1] == "กลุ่มงานการเจ้าหน้าที่ 1"]
        check(bool(first) and first[0][4] == "1,234.56" and first[0][5] == "70.00",
              "XLSX money and percent cells read back formatted")
        total = [r for r in rows if len(r) > 4 and r[1] == "รวมทั้งสิ้น"]
        check(bool(total) and total[0][4].replace(",", "") == "%d.%02d" % divmod(expected_total, 100),
              "XLSX total reads back exactly")
        check(any("รายงานสรุปอัตรากำลังตามหน่วยงาน" in c for r in rows for c in r),
              "XLSX holds the Thai title")
        out = libreoffice(tmp, os.path.join(tmp, "summary.xlsx"),
                          "csv:Text - txt - csv (StarCalc):44,34,76,1")
        check("รวมทั้งสิ้น" in out and "ข้าราชการ" in out, "summary XLSX opens in LibreOffice")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
