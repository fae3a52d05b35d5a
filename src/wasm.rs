//! The JavaScript adapter: converts JS values to the core's types and back, nothing more.
//!
//! Errors become thrown JS `Error`s (`JsError`). Offsets returned to JS are UTF-16 code units.
//! TypeScript types are written by hand below, so no function is typed `any`.

use crate::{PageLimits, PageOptions};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of normalizePage. */
export interface PageOptions {
  /** The page's URL; its top-level domain is a hint for encoding detection. */
  url?: string;
  /** Transport-layer charset: a Content-Type value ("text/html; charset=koi8-r") or a label. */
  charset?: string;
  /** Refuse larger input (bytes). Default 268435456 (256 MiB). */
  maxInputBytes?: number;
  /** Keep at most this many blocks (the report says `truncated`). Default 100000. */
  maxBlocks?: number;
  /** Flatten elements nested deeper than this. Default 512. */
  maxDepth?: number;
  /**
   * Add `translit` to each block in another script: `{ to: "Latn" }` romanizes every Cyrillic block
   * by its language's default system, `{ to: "Latn", system: "iso9" }` prefers a system,
   * `{ to: "Cyrl" }` writes Uzbek and Kazakh Latin in Cyrillic. Blocks in languages without a
   * system are left without one.
   */
  translit?: { to: "Latn" | "Cyrl"; system?: string };
}

/** Language and script of a text. */
export interface Detection {
  /** ISO 639-1 code ("uz", "ru", "en"), or "und" when the text cannot tell. */
  lang: string;
  /** ISO 15924 code ("Latn", "Cyrl"); "Zyyy" when there are no letters. */
  script: string;
  /** BCP 47 tag: "uz-Cyrl", "uz-Latn" (the 1995 Latin alphabet or the reformed one of 2026,
   * ş ç ö ğ), "ru", "en", "und-Cyrl". */
  tag: string;
  /** In [0, 1]; 0 for "und". */
  confidence: number;
}

export type BlockKind =
  | "heading" | "paragraph" | "list-item" | "table-cell" | "quote" | "preformatted" | "caption" | "text";

export type EncodingSource = "bom" | "transport" | "meta" | "detected" | "text";

/**
 * One block of a page. Its language is read with the page's language as a prior (a byline or a
 * menu item on an English page is English unless its letters say otherwise), and a block under
 * 25 letters left under 0.3 confidence is "und".
 */
export interface BlockReport extends Detection {
  kind: BlockKind;
  /** Heading level 1–6 (headings only). */
  level?: number;
  /** The cleaned text. */
  text: string;
  /** Navigation, menus, footers, related lists, … (kept, flagged). */
  boilerplate: boolean;
  /** Why it is boilerplate: hint words ("nav", "menu", "footer", "related", "caption", "cookie" — a cookie notice, pop-up or dialog —, …), "links", "teaser" (in a list of linked headlines with their excerpts), "repeated", "short", "context" (between boilerplate), "outside" (away from the article). */
  reasons: string[];
  /** Share of the block's characters inside links, in [0, 1]. */
  linkShare: number;
  /** When the block changes language (a quotation in another language): its runs, in order. */
  runs?: LanguageRun[];
  /** Words that mixed Latin and Cyrillic look-alike letters, as the page wrote them. */
  mixedScript?: string[];
  /** When the block was mojibake (text decoded with the wrong charset upstream): what was undone. */
  repaired?: string[];
  /** The block in the script the `translit` option asked for (runs in other languages each by their own system). */
  translit?: string;
}

/** A person or place a page mentions. */
export interface NameEntry {
  /**
   * The spelling shown: of those of two words or more, the one written most often; Russian,
   * Ukrainian and Belarusian words in the nominative where the page writes them so.
   */
  name: string;
  /** Every spelling as it appears, with how often. */
  spellings: { text: string; count: number }[];
  /** Mentions in all. */
  count: number;
  /** Indices into `blocks` of the blocks that mention it. */
  blocks: number[];
}

/** A stretch of a block in one language. */
export interface LanguageRun extends Detection {
  text: string;
}

/** What the page declares about itself. */
export interface PageMeta {
  htmlLang?: string;
  title?: string;
  ogTitle?: string;
  siteName?: string;
  description?: string;
  author?: string;
  published?: string;
  /** The calendar date of `published`, YYYY-MM-DD, when its format is known. */
  publishedDate?: string;
  canonical?: string;
}

/** The result of normalizePage. */
/** One language of a page. */
export interface LanguageShare {
  lang: string;
  script: string;
  tag: string;
  /** Share of the characters of the blocks whose language is known, in (0, 1]. */
  share: number;
}

export interface PageReport {
  /** WHATWG encoding name: "UTF-8", "windows-1251", "KOI8-R", … */
  encoding: string;
  encodingSource: EncodingSource;
  /** Some bytes were malformed and became U+FFFD. */
  hadErrors: boolean;
  isHtml: boolean;
  title: string | null;
  /** Page language (from the content blocks). */
  lang: string;
  script: string;
  tag: string;
  confidence: number;
  /** Every language of the content blocks with its share of their characters, largest first
   * (a page in seven languages lists seven; `tag` is the first). */
  languages: LanguageShare[];
  meta: PageMeta;
  blocks: BlockReport[];
  /** Who and what the content mentions, spellings merged across scripts, most mentioned first. */
  names: NameEntry[];
  truncated: boolean;
  depthLimited: boolean;
}

/** Options of transliterate. */
export interface TranslitOptions {
  /** Source, as a BCP 47 tag: "uz-Cyrl", or the tag `detectLanguage` gives ("be-Cyrl"); a
   * region is not read, and a language alone ("uz") means text in its other script. */
  from: string;
  /** Target: "uz-Latn", or just the script "Latn". */
  to: string;
  /** System identifier ("official"); the default system when omitted. */
  system?: string;
}

/** A transliteration system. */
export interface SchemeInfo {
  from: string;
  to: string;
  system: string;
  name: string;
}

/** A mention of a name: UTF-16 offsets (String.prototype.slice) and the text there. */
export interface NameMatch {
  start: number;
  end: number;
  text: string;
}
"#;

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true))
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

/// Field `name` of an options object (`undefined` when absent).
fn field(options: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// What a value is, for messages: its `typeof`.
fn type_of(v: &JsValue) -> String {
    v.js_typeof().as_string().unwrap_or_default()
}

/// An optional string field: absent, `undefined` and `null` are `None`.
fn string_field(options: &JsValue, name: &str, context: &str) -> Result<Option<String>, JsError> {
    let v = field(options, name);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string().map(Some).ok_or_else(|| {
        JsError::new(&format!(
            "{context}: {name} must be a string, got {}",
            type_of(&v)
        ))
    })
}

/// An optional count field: a whole number ≥ 1 (`default` when absent).
fn count_field(options: &JsValue, name: &str, default: usize) -> Result<usize, JsError> {
    let v = field(options, name);
    if v.is_undefined() || v.is_null() {
        return Ok(default);
    }
    match v.as_f64() {
        Some(x) if x.is_finite() && x >= 1.0 && x.fract() == 0.0 => {
            Ok(x.min(usize::MAX as f64) as usize)
        }
        // The number as JavaScript writes it (no float formatting in the module).
        Some(x) => Err(JsError::new(&format!(
            "invalid options: {name} must be a whole number ≥ 1, got {}",
            String::from(
                js_sys::Number::from(x)
                    .to_string_with_radix(10)
                    .unwrap_or_default()
            )
        ))),
        None => Err(JsError::new(&format!(
            "invalid options: {name} must be a whole number ≥ 1, got a {}",
            type_of(&v)
        ))),
    }
}

fn page_options(options: JsValue) -> Result<PageOptions, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(PageOptions::default());
    }
    if !options.is_object() {
        return Err(JsError::new(&format!(
            "invalid options: expected an object, got {}",
            type_of(&options)
        )));
    }
    const CONTEXT: &str = "invalid options";
    let translit = field(&options, "translit");
    let translit = if translit.is_undefined() || translit.is_null() {
        None
    } else if !translit.is_object() {
        return Err(JsError::new(&format!(
            "invalid options: translit must be an object {{ to, system? }}, got {}",
            type_of(&translit)
        )));
    } else {
        // A misspelled field of `translit` is refused rather than ignored.
        let object: &js_sys::Object = translit.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if key != "to" && key != "system" {
                return Err(JsError::new(&format!(
                    "invalid options: translit has no field {key:?} (it takes to and system)"
                )));
            }
        }
        let to = string_field(&translit, "to", "invalid options: translit")?
            .ok_or_else(|| JsError::new("invalid options: translit needs a field to"))?;
        Some(crate::TranslitView {
            to,
            system: string_field(&translit, "system", "invalid options: translit")?,
        })
    };
    let d = PageLimits::default();
    Ok(PageOptions {
        url: string_field(&options, "url", CONTEXT)?,
        charset: string_field(&options, "charset", CONTEXT)?,
        limits: PageLimits {
            max_input_bytes: count_field(&options, "maxInputBytes", d.max_input_bytes)?,
            max_blocks: count_field(&options, "maxBlocks", d.max_blocks)?,
            max_depth: count_field(&options, "maxDepth", d.max_depth)?,
            max_block_bytes: d.max_block_bytes,
        },
        translit,
    })
}

/// Normalizes a page: bytes (`Uint8Array` or `ArrayBuffer`, any encoding) or a string.
// The host's decoders for the legacy CJK encodings: the wasm build is made without encoding_rs's
// (feature `bundled-cjk` off), and browsers, Node and extensions carry the same WHATWG decoders
// as `TextDecoder`.
#[wasm_bindgen]
extern "C" {
    type TextDecoder;
    #[wasm_bindgen(constructor, catch)]
    fn new(label: &str, options: &js_sys::Object) -> Result<TextDecoder, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn decode(this: &TextDecoder, input: &[u8]) -> Result<String, JsValue>;
}

fn host_decode(
    encoding: &'static encoding_rs::Encoding,
    bytes: &[u8],
    fatal: bool,
) -> Option<String> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(
        &options,
        &JsValue::from_str("fatal"),
        &JsValue::from_bool(fatal),
    )
    .ok()?;
    TextDecoder::new(encoding.name(), &options)
        .ok()?
        .decode(bytes)
        .ok()
}

#[wasm_bindgen(start)]
fn start() {
    crate::decode::set_host_decoder(host_decode);
}

#[wasm_bindgen(js_name = normalizePage, unchecked_return_type = "PageReport")]
pub fn normalize_page(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "PageOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = page_options(options)?;
    let report = if let Some(text) = input.as_string() {
        crate::normalize_text(&text, &options)
    } else {
        let bytes = bytes_of(&input, "normalizePage").map_err(|_| {
            JsError::new("normalizePage expects a string, a Uint8Array or an ArrayBuffer")
        })?;
        crate::normalize_page(&bytes, &options)
    };
    to_js(&report.map_err(|e| JsError::new(&e.to_string()))?)
}

/// Language and script of a text.
#[wasm_bindgen(js_name = detectLanguage, unchecked_return_type = "Detection")]
pub fn detect_language(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::detect(text))
}

/// Transliterates `text` by the system `{ from, to, system? }`.
#[wasm_bindgen]
pub fn transliterate(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "TranslitOptions")] options: JsValue,
) -> Result<String, JsError> {
    const CONTEXT: &str = "transliterate expects { from, to, system? }";
    if !options.is_object() {
        return Err(JsError::new(&format!(
            "{CONTEXT}, got {}",
            type_of(&options)
        )));
    }
    let need = |name: &str| {
        string_field(&options, name, CONTEXT)?
            .ok_or_else(|| JsError::new(&format!("{CONTEXT}: {name} is missing")))
    };
    let (from, to) = (need("from")?, need("to")?);
    let system = string_field(&options, "system", CONTEXT)?;
    let scheme = crate::Scheme::find(&from, &to, system.as_deref())
        .map_err(|e| JsError::new(&e.to_string()))?;
    crate::transliterate(text, &scheme).map_err(|e| JsError::new(&e.to_string()))
}

/// Every transliteration system.
#[wasm_bindgen(js_name = listSchemes, unchecked_return_type = "SchemeInfo[]")]
pub fn list_schemes() -> Result<JsValue, JsError> {
    to_js(&crate::list_schemes())
}

/// The matching key of a name.
#[wasm_bindgen(js_name = nameKey)]
pub fn name_key(name: &str) -> String {
    crate::name_key(name)
}

/// Whether two spellings are of the same name.
#[wasm_bindgen(js_name = sameName)]
pub fn same_name(a: &str, b: &str) -> bool {
    crate::same_name(a, b)
}

/// How alike two spellings of names are, in [0, 1] (1: same key; `sameName` is ≥ 0.9).
#[wasm_bindgen(js_name = nameSimilarity)]
pub fn name_similarity(a: &str, b: &str) -> f32 {
    crate::name_similarity(a, b)
}

/// Every mention of `query` in `text`, with UTF-16 offsets; `query` may be an array of the
/// spellings of one name (a name index entry's), whose overlapping mentions are joined.
#[wasm_bindgen(js_name = findNames, unchecked_return_type = "NameMatch[]")]
pub fn find_names(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "string | string[]")] query: JsValue,
) -> Result<JsValue, JsError> {
    let queries: Vec<String> = if let Some(one) = query.as_string() {
        vec![one]
    } else if js_sys::Array::is_array(&query) {
        let array: &js_sys::Array<JsValue> = js_sys::Array::unchecked_from_js_ref(&query);
        let mut names = Vec::with_capacity(array.length() as usize);
        for i in 0..array.length() {
            names.push(array.get(i).as_string().ok_or_else(|| {
                JsError::new("findNames: each name of the array must be a string")
            })?);
        }
        names
    } else {
        return Err(JsError::new(
            "findNames expects a name (a string) or an array of spellings of one name",
        ));
    };
    let queries: Vec<&str> = queries.iter().map(String::as_str).collect();
    let found = crate::find_any_name(text, &queries);
    let bytes: Vec<usize> = found.iter().flat_map(|m| [m.start, m.end]).collect();
    let units = crate::utf16_offsets(text, &bytes);
    let out: Vec<crate::Match> = found
        .into_iter()
        .zip(units.chunks(2))
        .map(|(m, u)| crate::Match {
            start: u[0],
            end: u[1],
            text: m.text,
        })
        .collect();
    to_js(&out)
}

fn bytes_of(input: &JsValue, what: &str) -> Result<Vec<u8>, JsError> {
    if input.is_instance_of::<js_sys::Uint8Array>() {
        Ok(js_sys::Uint8Array::unchecked_from_js_ref(input).to_vec())
    } else if input.is_instance_of::<js_sys::ArrayBuffer>() {
        Ok(js_sys::Uint8Array::new(input).to_vec())
    } else {
        Err(JsError::new(&format!(
            "{what} expects a Uint8Array or an ArrayBuffer"
        )))
    }
}

/// A page fed in chunks as its bytes arrive (a `fetch` body, a Node stream): `push` each chunk,
/// then `finish` for the report, the same as `normalizePage` on the whole input. Memory is
/// released by the garbage collector; `free()` is optional.
#[wasm_bindgen(js_name = PageNormalizer)]
pub struct JsPageNormalizer {
    inner: Option<crate::PageNormalizer>,
}

#[wasm_bindgen(js_class = PageNormalizer)]
impl JsPageNormalizer {
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "PageOptions")] options: Option<JsValue>,
    ) -> Result<JsPageNormalizer, JsError> {
        let options = page_options(options.unwrap_or(JsValue::UNDEFINED))?;
        Ok(JsPageNormalizer {
            inner: Some(crate::PageNormalizer::new(options)),
        })
    }

    /// Adds the next chunk of bytes; throws once the total exceeds `maxInputBytes`.
    pub fn push(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] chunk: JsValue,
    ) -> Result<(), JsError> {
        let inner = self
            .inner
            .as_mut()
            .ok_or_else(|| JsError::new("PageNormalizer: push after finish"))?;
        inner
            .push(&bytes_of(&chunk, "PageNormalizer.push")?)
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The report of everything pushed; the normalizer cannot be used afterwards.
    #[wasm_bindgen(unchecked_return_type = "PageReport")]
    pub fn finish(&mut self) -> Result<JsValue, JsError> {
        let inner = self
            .inner
            .take()
            .ok_or_else(|| JsError::new("PageNormalizer: finish called twice"))?;
        to_js(&inner.finish().map_err(|e| JsError::new(&e.to_string()))?)
    }
}
