//! Functions and filters kennis adds to Tera.
//!
//! - `t(key="…", count=…, lang=…, …)`: a UI string in the page's language (or `lang`); every
//!   other argument is passed to Fluent, and `count` selects the plural form.
//! - `asset_url(path="style.css")`: the URL of a static file under the base path, with a content
//!   hash so browsers never use a stale copy.
//! - `value | format_date(lang=…)`: an ISO date written out ("13 november 2025").

use std::collections::HashMap;
use std::sync::Arc;

use fluent::{FluentArgs, FluentValue};
use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use crate::load::content::front_matter::Date;
use crate::load::i18n::UiStrings;

/// Registers kennis's functions and filters on `tera`.
pub fn register(
    tera: &mut Tera,
    strings: Arc<UiStrings>,
    base_path: String,
    static_hashes: HashMap<String, String>,
) {
    let t_strings = strings.clone();
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&t_strings, &kwargs, state)
    });
    tera.register_filter(
        "format_date",
        move |value: &str, kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let date: Date = value.parse().map_err(Error::message)?;
            let lang = page_language(&kwargs, state)?;
            strings
                .format_date(&lang, date)
                .map_err(|e| Error::message(e.to_string()))
        },
    );
    tera.register_function(
        "asset_url",
        move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let path: &str = kwargs.must_get("path")?;
            let path = path.trim_start_matches('/');
            let hash = static_hashes.get(path).ok_or_else(|| {
                Error::message(format!("asset_url: there is no static file {path:?}"))
            })?;
            Ok(format!("{base_path}{path}?h={hash}"))
        },
    );
}

fn translate(strings: &UiStrings, kwargs: &Kwargs, state: &State) -> TeraResult<String> {
    let key: &str = kwargs.must_get("key")?;
    let lang = page_language(kwargs, state)?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else {
            continue;
        };
        if name != "key" && name != "lang" {
            args.set(name.to_string(), fluent_value(value));
        }
    }
    strings
        .get(&lang, key, Some(&args))
        .map_err(|e| Error::message(e.to_string()))
}

/// `lang=` when given, else the page's `lang` variable.
fn page_language(kwargs: &Kwargs, state: &State) -> TeraResult<String> {
    if let Some(lang) = kwargs.get::<&str>("lang")? {
        return Ok(lang.to_string());
    }
    state
        .get::<String>("lang")?
        .ok_or_else(|| Error::message("no `lang` in this template's context: pass lang=\"…\""))
}

fn fluent_value(value: &Value) -> FluentValue<'static> {
    if let Some(n) = value.as_i64() {
        FluentValue::from(n)
    } else if let Some(n) = value.as_f64() {
        FluentValue::from(n)
    } else if let Some(s) = value.as_str() {
        FluentValue::from(s.to_string())
    } else {
        FluentValue::from(value.to_string())
    }
}
