//! The fixed texts of templates, in the four questionnaire languages.

/// A fixed text of the template layout.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Text {
    NotesSheet,
    MetadataSheet,
    Code,
    ObsStatus,
    ConfStatus,
    Note,
    Question,
    Answer,
    AllowedAnswers,
    EnterDate,
    ChooseFromList,
    DateFormat,
    Country,
}

/// Returns `text` in `lang`, which the caller has checked is one of en, es, pt, fr.
pub(crate) fn text(text: Text, lang: &str) -> &'static str {
    let [en, es, pt, fr] = match text {
        Text::NotesSheet => [
            "Status and notes",
            "Estado y notas",
            "Situação e notas",
            "Statut et notes",
        ],
        Text::MetadataSheet => ["Metadata", "Metadatos", "Metadados", "Métadonnées"],
        Text::Code => ["code", "código", "código", "code"],
        Text::ObsStatus => [
            "Observation status",
            "Estado de la observación",
            "Situação da observação",
            "Statut de l'observation",
        ],
        Text::ConfStatus => [
            "Confidentiality status",
            "Estado de confidencialidad",
            "Situação de confidencialidade",
            "Statut de confidentialité",
        ],
        Text::Note => ["Note", "Nota", "Nota", "Note"],
        Text::Question => ["Question", "Pregunta", "Pergunta", "Question"],
        Text::Answer => ["Answer", "Respuesta", "Resposta", "Réponse"],
        Text::AllowedAnswers => [
            "Allowed answers",
            "Respuestas admitidas",
            "Respostas admitidas",
            "Réponses admises",
        ],
        Text::EnterDate => [
            "type the date in cell A2 as YYYY-MM-DD",
            "escriba la fecha en la celda A2 como AAAA-MM-DD",
            "escreva a data na célula A2 como AAAA-MM-DD",
            "saisissez la date dans la cellule A2 au format AAAA-MM-JJ",
        ],
        Text::ChooseFromList => [
            "Choose from the list; the code appears in column A.",
            "Elija de la lista; el código aparece en la columna A.",
            "Escolha da lista; o código aparece na coluna A.",
            "Choisissez dans la liste ; le code s'affiche dans la colonne A.",
        ],
        Text::DateFormat => ["YYYY-MM-DD", "AAAA-MM-DD", "AAAA-MM-DD", "AAAA-MM-JJ"],
        Text::Country => ["Country", "País", "País", "Pays"],
    };
    match lang {
        "es" => es,
        "pt" => pt,
        "fr" => fr,
        _ => en,
    }
}
