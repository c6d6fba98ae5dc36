//! Choosing the model of an answer: every model the caller may use, found by
//! model name, display name or `provider/model`, and the `llm_override` that
//! routes a turn to it.

use crate::api::types::{LlmOverride, LlmProviderList};
use crate::api::{llm, Client};
use crate::error::{Error, Result};
use serde::Serialize;

/// One model of one provider, as `onyx model list` shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Model {
    /// The provider's name (what the server routes `model_provider` by).
    pub provider: String,
    pub provider_id: i64,
    /// The model's name, e.g. `gpt-4o` (what the server routes `model_version` by).
    pub model: String,
    pub display_name: Option<String>,
    pub model_configuration_id: Option<i64>,
    pub is_default: bool,
    pub is_visible: bool,
}

impl Model {
    /// `provider/model`, the name that is never ambiguous.
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.provider, self.model)
    }

    /// The override that sends a turn to this model.
    pub fn llm_override(&self, temperature: Option<f64>) -> LlmOverride {
        LlmOverride {
            model_configuration_id: self.model_configuration_id,
            model_provider: Some(self.provider.clone()),
            model_version: Some(self.model.clone()),
            temperature,
            display_name: self.display_name.clone(),
        }
    }
}

/// Every model of every provider in `list`, the default one marked.
pub fn models_of(list: &LlmProviderList) -> Vec<Model> {
    let mut models = Vec::new();
    for provider in &list.providers {
        let name = provider.name.clone().unwrap_or_else(|| provider.provider.clone());
        for config in &provider.model_configurations {
            let is_default = list
                .default_text
                .as_ref()
                .is_some_and(|d| d.provider_id == provider.id && d.model_name == config.name);
            models.push(Model {
                provider: name.clone(),
                provider_id: provider.id,
                model: config.name.clone(),
                display_name: config.display_name.clone(),
                model_configuration_id: config.id,
                is_default,
                is_visible: config.is_visible,
            });
        }
    }
    models
}

/// The models the caller may use (`GET /llm/provider`).
pub fn list(client: &Client) -> Result<Vec<Model>> {
    Ok(models_of(&llm::providers(client)?))
}

/// The model `key` names, asking the server for its models.
pub fn resolve(client: &Client, key: &str) -> Result<Model> {
    pick(list(client)?, key)
}

/// The `llm_override` of a turn: the model `key` names (checked against the
/// server's list before anything is sent) and the temperature; `None` when
/// neither is chosen, so the agent's own model answers.
pub fn override_for(client: &Client, key: Option<&str>, temperature: Option<f64>) -> Result<Option<LlmOverride>> {
    Ok(match key {
        Some(key) => Some(resolve(client, key)?.llm_override(temperature)),
        None => override_for_temperature(temperature),
    })
}

/// The override of a turn that keeps the agent's model but not its temperature.
pub fn override_for_temperature(temperature: Option<f64>) -> Option<LlmOverride> {
    temperature.map(|temperature| LlmOverride {
        temperature: Some(temperature),
        ..LlmOverride::default()
    })
}

/// The one model `key` names: `provider/model`, else the model name, else the
/// display name; exact first, then ignoring case. Unknown is not-found listing
/// the known ones; several is a conflict listing them by `provider/model`.
pub fn pick(models: Vec<Model>, key: &str) -> Result<Model> {
    let key = key.trim();
    let folded = key.to_lowercase();
    let rules: [&dyn Fn(&Model) -> bool; 6] = [
        &|m| m.full_name() == key,
        &|m| m.model == key,
        &|m| m.display_name.as_deref() == Some(key),
        &|m| m.full_name().to_lowercase() == folded,
        &|m| m.model.to_lowercase() == folded,
        &|m| m.display_name.as_deref().is_some_and(|d| d.to_lowercase() == folded),
    ];
    for rule in rules {
        let found: Vec<&Model> = models.iter().filter(|m| rule(m)).collect();
        match found.as_slice() {
            [] => continue,
            [one] => return Ok((*one).clone()),
            several => {
                let names: Vec<String> = several.iter().map(|m| m.full_name()).collect();
                return Err(Error::Conflict(format!(
                    "{} models are called '{key}' ({}); name one as provider/model",
                    several.len(),
                    names.join(", ")
                )));
            }
        }
    }
    let known: Vec<String> = models.iter().filter(|m| m.is_visible).map(Model::full_name).collect();
    Err(Error::NotFound(if known.is_empty() {
        format!("no model '{key}': this server offers no models to you; an admin adds them under LLM providers")
    } else {
        format!("no model '{key}'; known: {} (see 'onyx model list')", known.join(", "))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(provider: &str, name: &str, display: Option<&str>) -> Model {
        Model {
            provider: provider.into(),
            provider_id: 1,
            model: name.into(),
            display_name: display.map(str::to_string),
            model_configuration_id: Some(1),
            is_default: false,
            is_visible: true,
        }
    }

    #[test]
    fn a_model_is_found_by_full_name_model_name_or_display_name() {
        let models = vec![
            model("openai", "gpt-4o", Some("GPT-4o")),
            model("azure", "gpt-4o", Some("GPT-4o (Azure)")),
            model("anthropic", "claude-sonnet", Some("Claude Sonnet")),
        ];
        assert_eq!(pick(models.clone(), "azure/gpt-4o").unwrap().provider, "azure");
        assert_eq!(pick(models.clone(), "claude sonnet").unwrap().model, "claude-sonnet");
        assert_eq!(pick(models.clone(), "GPT-4o (Azure)").unwrap().provider, "azure");
        let several = pick(models.clone(), "gpt-4o").unwrap_err().to_string();
        assert!(several.contains("openai/gpt-4o, azure/gpt-4o"), "{several}");
        let unknown = pick(models, "llama").unwrap_err().to_string();
        assert_eq!(
            unknown,
            "no model 'llama'; known: openai/gpt-4o, azure/gpt-4o, anthropic/claude-sonnet (see 'onyx model list')"
        );
    }
}
