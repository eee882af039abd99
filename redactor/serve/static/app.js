"use strict";
/* The upload page of `redactor serve`: send documents to the server on this computer,
   one at a time, and show each one's progress until its review is ready. */
const $ = s => document.querySelector(s);
const SUPPORTED = [".docx", ".txt", ".md"];
const LABEL = {final: "Final document", tracked: "Tracked copy"};
let pending = 0, timer = null;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}
function link(cls, href, label, download) {
  const a = el("a", "button " + cls, label);
  a.href = href;
  if (download) a.download = "";
  return a;
}

/* In a folder: documents only, not hidden files, Word lock files or earlier outputs. */
function isDocument(file) {
  const name = file.name.toLowerCase();
  return SUPPORTED.some(ext => name.endsWith(ext)) && !name.startsWith(".") && !name.startsWith("~$") &&
    !name.includes(".redacted.");
}

function row(id) {
  let tr = document.querySelector(`tr[data-id="${id}"]`);
  if (!tr) {
    document.querySelector("#list tr.empty")?.remove();
    tr = el("tr");
    tr.dataset.id = id;
    tr.append(el("td", "name"), el("td", "state"), el("td", "next"));
    $("#list tbody").append(tr);
  }
  return tr;
}

function show(doc) {
  const tr = row(doc.id), key = JSON.stringify(doc);
  if (tr.dataset.key === key) return;               // unchanged: keep the progress bar moving
  tr.dataset.key = key;
  tr.dataset.name = doc.name;
  tr.dataset.state = doc.state;
  tr.cells[0].textContent = doc.name;
  const state = tr.cells[1], next = tr.cells[2];
  state.replaceChildren();
  next.replaceChildren();
  if (doc.state === "uploading" || doc.state === "waiting" || doc.state === "redacting") {
    const label = doc.loading ? " Loading the language model…" :
      {uploading: " Uploading…", waiting: " Waiting its turn…",
       redacting: " " + (doc.stage || "Finding names and details…")}[doc.state];
    state.append(el("progress"), document.createTextNode(label));
  } else if (doc.state === "failed") {
    state.append(el("span", "failed", doc.error));
  } else {
    state.textContent = `Ready: ${doc.changes} changes, ${doc.people} people`;
    next.append(link("review primary", doc.review, "Review"));
    for (const [which, href] of Object.entries(doc.downloads || {})) next.append(link(which, href, LABEL[which], true));
  }
}

async function refresh() {
  const r = await fetch("documents");
  if (!r.ok) return;
  const docs = await r.json();
  /* Documents wait with nothing being redacted only while the model loads. */
  const first = docs.find(d => d.state === "waiting");
  if (first && !docs.some(d => d.state === "redacting")) first.loading = true;
  docs.forEach(show);
  $("#case").disabled = docs.length > 0 || pending > 0;
  clearTimeout(timer);
  if (pending || docs.some(d => d.state === "waiting" || d.state === "redacting")) timer = setTimeout(refresh, 700);
}

async function send(url, file) {
  const r = await fetch(url, {method: "POST", body: file, headers: {"X-File-Name": encodeURIComponent(file.name)}});
  const answer = await r.json();
  if (!r.ok) throw new Error(answer.error || r.statusText);
  return answer;
}

async function upload(files) {
  pending += files.length;
  $("#case").disabled = true;
  refresh();
  for (const [i, file] of files.entries()) {
    const temp = `upload-${Date.now()}-${i}`;
    show({id: temp, name: file.name, state: "uploading"});
    try {
      const doc = await send("documents", file);
      row(temp).remove();
      show(doc);
    } catch (e) {
      show({id: temp, name: file.name, state: "failed", error: e.message});
    }
    pending--;
    refresh();
  }
}

function fromFolder(files) {
  const docs = files.filter(isDocument);
  const skipped = files.length - docs.length;
  $("#skipped").textContent = `${docs.length} document${docs.length === 1 ? "" : "s"} found in the folder` +
    (skipped ? `; ${skipped} other file${skipped === 1 ? "" : "s"} left out.` : ".");
  return docs;
}

/* A dropped folder arrives as a directory entry: read every file under it. */
async function filesUnder(entry) {
  if (entry.isFile) return [await new Promise((ok, fail) => entry.file(ok, fail))];
  const reader = entry.createReader(), out = [];
  for (;;) {
    const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) return out;
    for (const e of batch) out.push(...await filesUnder(e));
  }
}

async function dropped(ev) {
  const files = [], inFolders = [];
  for (const item of ev.dataTransfer.items) {
    const entry = item.webkitGetAsEntry && item.webkitGetAsEntry();
    if (entry && entry.isDirectory) inFolders.push(...await filesUnder(entry));
    else if (item.kind === "file") files.push(item.getAsFile());
  }
  upload(files.concat(inFolders.length ? fromFolder(inFolders) : []));
}

const drop = $("#drop");
drop.addEventListener("dragover", ev => { ev.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", ev => { ev.preventDefault(); drop.classList.remove("over"); dropped(ev); });
$("#files").addEventListener("change", ev => { upload([...ev.target.files]); ev.target.value = ""; });
$("#folder").addEventListener("change", ev => { upload(fromFolder([...ev.target.files])); ev.target.value = ""; });

$("#case").addEventListener("change", async ev => {
  const file = ev.target.files[0];
  if (!file) return;
  $("#case-status").textContent = "Checking…";
  try {
    await send("case", file);
    $("#case-status").textContent = `${file.name} will be used for every document.`;
  } catch (e) {
    $("#case-status").textContent = "Not used: " + e.message;
  }
  ev.target.value = "";
});

$("#finish").addEventListener("click", async () => {
  if (!confirm("Delete every uploaded document and review from this computer and stop redactor?")) return;
  clearTimeout(timer);
  document.body.replaceChildren(el("h1", null, "Deleting…"));
  const r = await fetch("finish", {method: "POST"});
  document.body.replaceChildren(el("h1", null, r.ok ? "Finished" : "Something went wrong"),
    el("p", null, r.ok ? "Every uploaded document and review has been deleted and redactor has stopped. " +
                         "You can close this tab." : "Close redactor's window to delete the uploaded files."));
});

refresh();
document.body.dataset.ready = "true";
