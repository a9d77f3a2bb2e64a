#!/usr/bin/env python3
"""Write the SICREMI questionnaire definition, assets/questionnaire/sicremi-2026.json.

The JSON file is the data. The application embeds it, and its content hash identifies the
questionnaire in workspaces and packages. This script only keeps the four languages and the
repeated parts (code lists shared by several tables, one rule entry per table group) consistent.
Edit the texts here, run the script, and commit both files.

    python3 tools/questionnaire/generate.py           # write the file
    python3 tools/questionnaire/generate.py --check   # fail if the file is out of date

Standard library only.
"""

import argparse
import json
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
OUTPUT = REPOSITORY / "assets" / "questionnaire" / "sicremi-2026.json"

LANGUAGES = ("en", "es", "pt", "fr")

YEARS = ["2021", "2022", "2023", "2024", "2025"]
# The last three years are mandatory, and the two before are asked again as revisions.
MANDATORY_YEARS = ["2023", "2024", "2025"]


def text(en, es, pt, fr):
    return {"en": en, "es": es, "pt": pt, "fr": fr}


def same(label):
    """Return a label written the same way in the four languages (a year, a code)."""
    return text(label, label, label, label)


def code(value, label):
    return {"code": value, "label": label}


TOTAL = text("Total", "Total", "Total", "Total")


# --- Code lists ----------------------------------------------------------------------------


def codelists():
    return {
        "year": {
            "label": text("Year", "Año", "Ano", "Année"),
            "codes": [code(year, same(year)) for year in YEARS],
        },
        "stock_date": {
            "label": text(
                "Reference date", "Fecha de referencia", "Data de referência", "Date de référence"
            ),
            "kind": "date",
        },
        "sex": {
            "label": text("Sex", "Sexo", "Sexo", "Sexe"),
            "codes": [
                code("M", text("Men", "Hombres", "Homens", "Hommes")),
                code("F", text("Women", "Mujeres", "Mulheres", "Femmes")),
                code(
                    "O",
                    text(
                        "Other sex (registered as neither, e.g. X)",
                        "Otro sexo (registrado como ninguno, p. ej. X)",
                        "Outro sexo (registrado como nenhum, p. ex. X)",
                        "Autre sexe (enregistré comme aucun, p. ex. X)",
                    ),
                ),
                code("U", text("Sex unknown", "Sexo desconocido", "Sexo desconhecido", "Sexe inconnu")),
                code("_T", TOTAL),
            ],
        },
        # One list for nationality, country of birth, former nationality and destination.
        "nationality": {
            "label": text(
                "Country or nationality",
                "País o nacionalidad",
                "País ou nacionalidade",
                "Pays ou nationalité",
            ),
            "include_countries": True,
            "codes": [
                code(
                    "ZZO",
                    text(
                        "Other countries (not listed separately)",
                        "Otros países (no desglosados)",
                        "Outros países (não discriminados)",
                        "Autres pays (non détaillés)",
                    ),
                ),
                code("XXA", text("Stateless", "Apátridas", "Apátridas", "Apatrides")),
                code(
                    "XXX",
                    text(
                        "Unknown or not stated",
                        "Desconocido o no declarado",
                        "Desconhecido ou não declarado",
                        "Inconnu ou non déclaré",
                    ),
                ),
                code("_T", TOTAL),
            ],
        },
        "category_perm": {
            "label": text(
                "Category of entry (permanent)",
                "Categoría de ingreso (permanente)",
                "Categoria de entrada (permanente)",
                "Catégorie d'entrée (permanente)",
            ),
            "codes": [
                code("WORK", text("Work", "Trabajo", "Trabalho", "Travail")),
                code(
                    "ACC_FAM",
                    text(
                        "Accompanying family of workers",
                        "Familia acompañante de trabajadores",
                        "Família acompanhante de trabalhadores",
                        "Famille accompagnant des travailleurs",
                    ),
                ),
                code("FAMILY", text("Family", "Familia", "Família", "Famille")),
                code("HUMAN", text("Humanitarian", "Humanitaria", "Humanitária", "Humanitaire")),
                code(
                    "FREE_MOV",
                    text(
                        "Free movement (e.g. MERCOSUR residence)",
                        "Libre circulación (p. ej. residencia MERCOSUR)",
                        "Livre circulação (p. ex. residência MERCOSUL)",
                        "Libre circulation (p. ex. résidence MERCOSUR)",
                    ),
                ),
                code("OTHER", text("Other", "Otra", "Outra", "Autre")),
                code("UNK", text("Unknown", "Desconocida", "Desconhecida", "Inconnue")),
                code("TOT", TOTAL),
            ],
        },
        "category_temp": {
            "label": text(
                "Category of entry (temporary)",
                "Categoría de ingreso (temporal)",
                "Categoria de entrada (temporária)",
                "Catégorie d'entrée (temporaire)",
            ),
            "codes": [
                code(
                    "STUDENT",
                    text(
                        "Newly enrolled tertiary international students",
                        "Estudiantes internacionales de educación superior recién matriculados",
                        "Estudantes internacionais do ensino superior recém-matriculados",
                        "Étudiants internationaux nouvellement inscrits dans le supérieur",
                    ),
                ),
                code(
                    "WORK_HOLIDAY",
                    text(
                        "Working-holiday and work-travel participants",
                        "Participantes de vacaciones y trabajo",
                        "Participantes de férias-trabalho",
                        "Participants vacances-travail",
                    ),
                ),
                code(
                    "ICT",
                    text(
                        "Intra-corporate transferees",
                        "Traslados dentro de una empresa",
                        "Transferências dentro da empresa",
                        "Salariés détachés intragroupe",
                    ),
                ),
                code("TRAINEE", text("Trainees", "Pasantes", "Estagiários", "Stagiaires")),
                code(
                    "SEASONAL",
                    text(
                        "Seasonal workers",
                        "Trabajadores de temporada",
                        "Trabalhadores sazonais",
                        "Travailleurs saisonniers",
                    ),
                ),
                code(
                    "OTHER_WORK",
                    text(
                        "Other temporary workers",
                        "Otros trabajadores temporales",
                        "Outros trabalhadores temporários",
                        "Autres travailleurs temporaires",
                    ),
                ),
                code(
                    "OTHER",
                    text(
                        "Other temporary permits",
                        "Otros permisos temporales",
                        "Outras autorizações temporárias",
                        "Autres titres temporaires",
                    ),
                ),
                code("UNK", text("Unknown", "Desconocida", "Desconhecida", "Inconnue")),
                code("TOT", TOTAL),
            ],
        },
        "asylum_application": {
            "label": text(
                "Kind of asylum application",
                "Tipo de solicitud de asilo",
                "Tipo de pedido de asilo",
                "Type de demande d'asile",
            ),
            "codes": [
                code(
                    "FIRST",
                    text(
                        "First-time applications",
                        "Primeras solicitudes",
                        "Primeiros pedidos",
                        "Premières demandes",
                    ),
                ),
                code(
                    "REPEAT",
                    text(
                        "Repeat applications",
                        "Solicitudes reiteradas",
                        "Pedidos repetidos",
                        "Demandes réitérées",
                    ),
                ),
                code(
                    "APPEAL",
                    text(
                        "Appeals and reviews",
                        "Apelaciones y revisiones",
                        "Recursos e revisões",
                        "Recours et réexamens",
                    ),
                ),
                code("_T", TOTAL),
            ],
        },
        "age": {
            "label": text("Age group", "Grupo de edad", "Faixa etária", "Groupe d'âge"),
            "codes": [
                code("Y0T14", text("0–14 years", "0–14 años", "0–14 anos", "0–14 ans")),
                code("Y15T24", text("15–24 years", "15–24 años", "15–24 anos", "15–24 ans")),
                code("Y25T34", text("25–34 years", "25–34 años", "25–34 anos", "25–34 ans")),
                code("Y35T44", text("35–44 years", "35–44 años", "35–44 anos", "35–44 ans")),
                code("Y45T54", text("45–54 years", "45–54 años", "45–54 anos", "45–54 ans")),
                code("Y55T64", text("55–64 years", "55–64 años", "55–64 anos", "55–64 ans")),
                code(
                    "Y_GE65",
                    text("65 years or over", "65 años o más", "65 anos ou mais", "65 ans ou plus"),
                ),
                code("UNK", text("Age unknown", "Edad desconocida", "Idade desconhecida", "Âge inconnu")),
                code("_T", TOTAL),
            ],
        },
        "asylum_decision": {
            "label": text(
                "Asylum caseload",
                "Casos de asilo",
                "Casos de asilo",
                "Dossiers d'asile",
            ),
            "codes": [
                code(
                    "PEND_START",
                    text(
                        "Pending at the start of the year",
                        "Pendientes al inicio del año",
                        "Pendentes no início do ano",
                        "En instance au début de l'année",
                    ),
                ),
                code(
                    "APPLIED",
                    text(
                        "Applications lodged during the year",
                        "Solicitudes presentadas en el año",
                        "Pedidos apresentados no ano",
                        "Demandes introduites dans l'année",
                    ),
                ),
                code(
                    "DECIDED",
                    text(
                        "Decisions on the merits (recognised, complementary and rejected)",
                        "Decisiones de fondo (reconocidos, complementaria y rechazados)",
                        "Decisões de mérito (reconhecidos, complementar e indeferidos)",
                        "Décisions sur le fond (reconnus, complémentaire et rejetés)",
                    ),
                ),
                code(
                    "RECOG",
                    text(
                        "Recognised as refugees",
                        "Reconocidos como refugiados",
                        "Reconhecidos como refugiados",
                        "Reconnus réfugiés",
                    ),
                ),
                code(
                    "COMPL",
                    text(
                        "Complementary or humanitarian protection",
                        "Protección complementaria o humanitaria",
                        "Proteção complementar ou humanitária",
                        "Protection complémentaire ou humanitaire",
                    ),
                ),
                code("REJECT", text("Rejected", "Rechazados", "Indeferidos", "Rejetés")),
                code(
                    "CLOSED",
                    text(
                        "Otherwise closed (withdrawn, abandoned)",
                        "Cerrados por otros motivos (desistidos, abandonados)",
                        "Encerrados por outros motivos (desistência, abandono)",
                        "Clôturés autrement (retirés, abandonnés)",
                    ),
                ),
                code(
                    "PEND_END",
                    text(
                        "Pending at the end of the year",
                        "Pendientes al final del año",
                        "Pendentes no final do ano",
                        "En instance à la fin de l'année",
                    ),
                ),
            ],
        },
        "status_change": {
            "label": text(
                "Kind of status change",
                "Tipo de cambio de situación",
                "Tipo de mudança de situação",
                "Type de changement de statut",
            ),
            "codes": [
                code(
                    "REGUL",
                    text(
                        "Regularisation",
                        "Regularización",
                        "Regularização",
                        "Régularisation",
                    ),
                ),
                code(
                    "TEMP_PERM",
                    text(
                        "From temporary to permanent residence",
                        "De residencia temporal a permanente",
                        "De residência temporária a permanente",
                        "De résidence temporaire à permanente",
                    ),
                ),
                code(
                    "OTHER",
                    text(
                        "Other change of status",
                        "Otro cambio de situación",
                        "Outra mudança de situação",
                        "Autre changement de statut",
                    ),
                ),
                code("_T", TOTAL),
            ],
        },
    }


# --- Statuses ------------------------------------------------------------------------------


def statuses():
    # SDMX CL_OBS_STATUS without H (missing: holiday or weekend), which yearly counts never need.
    obs_status = [
        code("A", text("Normal value", "Valor normal", "Valor normal", "Valeur normale")),
        code(
            "B",
            text(
                "Break in series",
                "Ruptura de serie",
                "Quebra de série",
                "Rupture de série",
            ),
        ),
        code(
            "D",
            text(
                "Definition differs (minor deviation, no break)",
                "Definición diferente (desviación menor, sin ruptura)",
                "Definição diferente (desvio menor, sem quebra)",
                "Définition différente (écart mineur, sans rupture)",
            ),
        ),
        code("E", text("Estimated value", "Valor estimado", "Valor estimado", "Valeur estimée")),
        code("F", text("Forecast value", "Valor previsto", "Valor previsto", "Valeur prévue")),
        code(
            "G",
            text("Experimental value", "Valor experimental", "Valor experimental", "Valeur expérimentale"),
        ),
        code(
            "I",
            text(
                "Imputed by an international organisation",
                "Imputado por un organismo internacional",
                "Imputado por um organismo internacional",
                "Imputé par une organisation internationale",
            ),
        ),
        code("J", text("Derogation", "Derogación", "Derrogação", "Dérogation")),
        code(
            "K",
            text(
                "Missing: included in another category",
                "Falta: incluido en otra categoría",
                "Ausente: incluído em outra categoria",
                "Manquant : inclus dans une autre catégorie",
            ),
        ),
        code(
            "L",
            text(
                "Missing: data exist but were not collected",
                "Falta: los datos existen pero no se recopilaron",
                "Ausente: os dados existem, mas não foram coletados",
                "Manquant : les données existent mais n'ont pas été collectées",
            ),
        ),
        code(
            "M",
            text(
                "Missing: data cannot exist (not applicable)",
                "Falta: los datos no pueden existir (no aplicable)",
                "Ausente: os dados não podem existir (não aplicável)",
                "Manquant : les données ne peuvent pas exister (sans objet)",
            ),
        ),
        code(
            "N",
            text(
                "Not significant (rounds to zero, not a true zero)",
                "No significativo (se redondea a cero, no es un cero real)",
                "Não significativo (arredonda para zero, não é um zero real)",
                "Non significatif (arrondi à zéro, pas un vrai zéro)",
            ),
        ),
        code(
            "O",
            text(
                "Missing, reason not specified",
                "Falta, sin motivo especificado",
                "Ausente, motivo não especificado",
                "Manquant, raison non précisée",
            ),
        ),
        code(
            "P",
            text(
                "Provisional value (revision expected)",
                "Valor provisional (se espera revisión)",
                "Valor provisório (revisão prevista)",
                "Valeur provisoire (révision attendue)",
            ),
        ),
        code(
            "Q",
            text(
                "Missing: suppressed for confidentiality",
                "Falta: suprimido por confidencialidad",
                "Ausente: suprimido por confidencialidade",
                "Manquant : supprimé pour confidentialité",
            ),
        ),
        code(
            "S",
            text(
                "Strike or other special event",
                "Huelga u otro evento especial",
                "Greve ou outro evento especial",
                "Grève ou autre événement particulier",
            ),
        ),
        code("U", text("Low reliability", "Baja fiabilidad", "Baixa confiabilidade", "Faible fiabilité")),
        code(
            "V",
            text(
                "Unvalidated value (as received)",
                "Valor no validado (tal como se recibió)",
                "Valor não validado (como recebido)",
                "Valeur non validée (telle que reçue)",
            ),
        ),
        code(
            "W",
            text(
                "Includes data from another category",
                "Incluye datos de otra categoría",
                "Inclui dados de outra categoria",
                "Inclut des données d'une autre catégorie",
            ),
        ),
    ]
    # SDMX CL_CONF_STATUS.
    conf_status = [
        code(
            "F",
            text(
                "Free for publication",
                "Publicable",
                "Livre para publicação",
                "Diffusable",
            ),
        ),
        code(
            "A",
            text(
                "Primary confidentiality: small counts",
                "Confidencialidad primaria: conteos pequeños",
                "Confidencialidade primária: contagens pequenas",
                "Confidentialité primaire : petits effectifs",
            ),
        ),
        code(
            "C",
            text(
                "Confidential statistical information",
                "Información estadística confidencial",
                "Informação estatística confidencial",
                "Information statistique confidentielle",
            ),
        ),
        code(
            "D",
            text(
                "Secondary confidentiality set by the sender",
                "Confidencialidad secundaria fijada por el remitente",
                "Confidencialidade secundária definida pelo remetente",
                "Confidentialité secondaire fixée par l'expéditeur",
            ),
        ),
        code(
            "E",
            text(
                "Embargoed until its release time",
                "Bajo embargo hasta su publicación",
                "Sob embargo até a divulgação",
                "Sous embargo jusqu'à sa diffusion",
            ),
        ),
        code(
            "G",
            text(
                "Primary confidentiality: dominance by one or two units",
                "Confidencialidad primaria: predominio de una o dos unidades",
                "Confidencialidade primária: dominância de uma ou duas unidades",
                "Confidentialité primaire : dominance d'une ou deux unités",
            ),
        ),
        code(
            "M",
            text(
                "Primary confidentiality: other concentration measures",
                "Confidencialidad primaria: otras medidas de concentración",
                "Confidencialidade primária: outras medidas de concentração",
                "Confidentialité primaire : autres mesures de concentration",
            ),
        ),
        code(
            "N",
            text(
                "Not for publication, internal use only",
                "No publicable, solo uso interno",
                "Não publicável, apenas uso interno",
                "Non diffusable, usage interne uniquement",
            ),
        ),
        code(
            "O",
            text(
                "Primary confidentiality: dominance by one unit",
                "Confidencialidad primaria: predominio de una unidad",
                "Confidencialidade primária: dominância de uma unidade",
                "Confidentialité primaire : dominance d'une unité",
            ),
        ),
        code(
            "S",
            text(
                "Secondary confidentiality managed by the receiver",
                "Confidencialidad secundaria gestionada por el receptor",
                "Confidencialidade secundária gerenciada pelo receptor",
                "Confidentialité secondaire gérée par le destinataire",
            ),
        ),
        code(
            "T",
            text(
                "Primary confidentiality: dominance by two units",
                "Confidencialidad primaria: predominio de dos unidades",
                "Confidencialidade primária: dominância de duas unidades",
                "Confidentialité primaire : dominance de deux unités",
            ),
        ),
        code(
            "X",
            text(
                "Military secrecy",
                "Secreto militar",
                "Segredo militar",
                "Secret militaire",
            ),
        ),
    ]
    return {
        "obs_status": obs_status,
        "conf_status": conf_status,
        # Statuses that stand in for a number. K (included in another category) is one: the
        # cell has no number of its own, and the receiving cell carries W.
        "missing": ["K", "L", "M", "O", "Q"],
        # House style: ".." not available (OECD and UN usage), "-" not applicable (Eurostat
        # usage), "c" confidential (Eurostat usage), "x" included elsewhere (UNESCO-OECD-Eurostat education data).
        "symbols": {"K": "x", "L": "..", "M": "-", "O": "..", "Q": "c"},
    }


# --- Metadata questions --------------------------------------------------------------------


def question(question_id, kind, label, help_text=None, required=False, tables=(), choices=()):
    entry = {"id": question_id, "kind": kind, "required": required, "label": label}
    if help_text:
        entry["help"] = help_text
    if choices:
        entry["choices"] = list(choices)
    if tables:
        entry["tables"] = list(tables)
    return entry


def metadata():
    return [
        question(
            "source_institution",
            "text",
            text("Source institution", "Institución fuente", "Instituição fonte", "Institution source"),
            text(
                "The office that produced the figures, e.g. the migration directorate, the statistics office or the ministry of labour.",
                "La oficina que produjo las cifras, p. ej. la dirección de migraciones, la oficina de estadística o el ministerio de trabajo.",
                "O órgão que produziu os números, p. ex. o departamento de migrações, o instituto de estatística ou o ministério do trabalho.",
                "L'organisme qui a produit les chiffres, p. ex. la direction des migrations, l'institut de statistique ou le ministère du travail.",
            ),
            required=True,
        ),
        question(
            "source_dataset",
            "text",
            text(
                "Dataset or publication",
                "Conjunto de datos o publicación",
                "Conjunto de dados ou publicação",
                "Jeu de données ou publication",
            ),
            text(
                "The name of the register, database or publication the figures come from.",
                "El nombre del registro, base de datos o publicación de donde provienen las cifras.",
                "O nome do registro, banco de dados ou publicação de onde vêm os números.",
                "Le nom du registre, de la base de données ou de la publication d'où viennent les chiffres.",
            ),
        ),
        question(
            "source_type",
            "choice",
            text("Type of source", "Tipo de fuente", "Tipo de fonte", "Type de source"),
            required=True,
            choices=[
                code("permits", text("Residence permits", "Permisos de residencia", "Autorizações de residência", "Titres de séjour")),
                code("visas", text("Visas", "Visas", "Vistos", "Visas")),
                code("register", text("Population register", "Registro de población", "Registro de população", "Registre de population")),
                code("census", text("Census", "Censo", "Censo", "Recensement")),
                code("survey", text("Survey", "Encuesta", "Pesquisa amostral", "Enquête")),
                code("border", text("Border records", "Registros de frontera", "Registros de fronteira", "Registres aux frontières")),
                code("asylum", text("Asylum records", "Registros de asilo", "Registros de asilo", "Registres d'asile")),
                code("other", text("Other", "Otra", "Outra", "Autre")),
            ],
        ),
        question(
            "counting_unit",
            "choice",
            text("Counting unit", "Unidad de conteo", "Unidade de contagem", "Unité de compte"),
            text(
                "What one unit counts. A person may hold several permits in a year, and an asylum case may cover several persons, so persons, permits and cases cannot be added together.",
                "Qué cuenta cada unidad. Una persona puede tener varios permisos en un año y un caso de asilo puede abarcar varias personas, por lo que personas, permisos y casos no se pueden sumar.",
                "O que cada unidade conta. Uma pessoa pode ter várias autorizações em um ano e um caso de asilo pode abranger várias pessoas, por isso pessoas, autorizações e casos não podem ser somados.",
                "Ce que compte une unité. Une personne peut détenir plusieurs titres dans l'année et un dossier d'asile peut couvrir plusieurs personnes : personnes, titres et dossiers ne s'additionnent pas.",
            ),
            required=True,
            choices=[
                code("persons", text("Persons", "Personas", "Pessoas", "Personnes")),
                code("permits", text("Permits or visas", "Permisos o visas", "Autorizações ou vistos", "Titres ou visas")),
                code("applications", text("Applications", "Solicitudes", "Pedidos", "Demandes")),
                code("decisions", text("Decisions", "Decisiones", "Decisões", "Décisions")),
                code("cases", text("Cases", "Casos", "Casos", "Dossiers")),
            ],
        ),
        question(
            "definitions",
            "long_text",
            text(
                "National definitions of permanent and temporary immigrants",
                "Definiciones nacionales de inmigrante permanente y temporal",
                "Definições nacionais de imigrante permanente e temporário",
                "Définitions nationales des immigrés permanents et temporaires",
            ),
            text(
                "Which permits count as permanent (renewable indefinitely) and which as temporary (not renewable, or only a limited number of times) under your country's rules.",
                "Qué permisos cuentan como permanentes (renovables indefinidamente) y cuáles como temporales (no renovables, o solo un número limitado de veces) según las normas de su país.",
                "Que autorizações contam como permanentes (renováveis indefinidamente) e quais como temporárias (não renováveis, ou só um número limitado de vezes) segundo as regras do seu país.",
                "Quels titres comptent comme permanents (renouvelables indéfiniment) et lesquels comme temporaires (non renouvelables, ou un nombre limité de fois) selon les règles de votre pays.",
            ),
            required=True,
            tables=["T1", "T2"],
        ),
        question(
            "permit_mapping",
            "long_text",
            text(
                "Mapping of national permit types to categories",
                "Correspondencia de los tipos de permiso nacionales con las categorías",
                "Correspondência dos tipos de autorização nacionais com as categorias",
                "Correspondance des types de titre nationaux avec les catégories",
            ),
            text(
                "For each national permit or visa type, the category of this table it is counted in, e.g. \"MERCOSUR temporary residence: Other\".",
                "Para cada tipo de permiso o visa nacional, la categoría de este cuadro en que se cuenta, p. ej. \"Residencia temporaria MERCOSUR: Otros\".",
                "Para cada tipo de autorização ou visto nacional, a categoria desta tabela em que ele é contado, p. ex. \"Residência temporária MERCOSUL: Outras\".",
                "Pour chaque type de titre ou de visa national, la catégorie de ce tableau où il est compté, p. ex. « Résidence temporaire MERCOSUR : Autres ».",
            ),
            required=True,
            tables=["T3", "T4"],
        ),
        question(
            "coverage",
            "long_text",
            text("Coverage and exclusions", "Cobertura y exclusiones", "Cobertura e exclusões", "Couverture et exclusions"),
            text(
                "Who is included and who is left out: minors on a parent's permit, free-movement nationals who need no permit, changes of status, regularisations, asylum seekers, parts of the territory.",
                "Quién está incluido y quién queda fuera: menores en el permiso de un progenitor, nacionales con libre circulación que no necesitan permiso, cambios de situación, regularizaciones, solicitantes de asilo, partes del territorio.",
                "Quem está incluído e quem fica de fora: menores na autorização de um dos pais, nacionais com livre circulação que não precisam de autorização, mudanças de situação, regularizações, requerentes de asilo, partes do território.",
                "Qui est inclus et qui est exclu : mineurs sur le titre d'un parent, ressortissants en libre circulation sans titre, changements de statut, régularisations, demandeurs d'asile, parties du territoire.",
            ),
            required=True,
        ),
        question(
            "coverage_difference",
            "long_text",
            text(
                "Why the total differs from the inflow table",
                "Por qué el total difiere del cuadro de entradas",
                "Por que o total difere da tabela de entradas",
                "Pourquoi le total diffère du tableau des entrées",
            ),
            text(
                "Answer only if this table's total cannot equal the total of its inflow table (T1 for T3, T2 for T4), e.g. because categories are known only for part of the permits. An answer turns the mismatch from an error into a warning.",
                "Responda solo si el total de este cuadro no puede ser igual al de su cuadro de entradas (T1 para T3, T2 para T4), p. ej. porque la categoría se conoce solo para parte de los permisos. Una respuesta convierte el error de discrepancia en advertencia.",
                "Responda apenas se o total desta tabela não puder ser igual ao da sua tabela de entradas (T1 para T3, T2 para T4), p. ex. porque a categoria só é conhecida para parte das autorizações. Uma resposta transforma o erro de discrepância num aviso.",
                "Répondez seulement si le total de ce tableau ne peut pas égaler celui de son tableau des entrées (T1 pour T3, T2 pour T4), p. ex. parce que la catégorie n'est connue que pour une partie des titres. Une réponse fait de l'erreur d'écart un avertissement.",
            ),
            tables=["T3", "T4"],
        ),
        question(
            "period_type",
            "choice",
            text("Reference period", "Período de referencia", "Período de referência", "Période de référence"),
            text(
                "What each period code covers. A fiscal year must be described in the notes (its first month).",
                "Qué cubre cada código de período. Un año fiscal debe describirse en las notas (su primer mes).",
                "O que cada código de período cobre. Um ano fiscal deve ser descrito nas notas (o seu primeiro mês).",
                "Ce que couvre chaque code de période. Un exercice budgétaire doit être décrit dans les notes (son premier mois).",
            ),
            required=True,
            choices=[
                code("calendar", text("Calendar year", "Año calendario", "Ano civil", "Année civile")),
                code("fiscal", text("Fiscal year", "Año fiscal", "Ano fiscal", "Exercice budgétaire")),
                code("stock_date", text("Stock at a reference date", "Stock a una fecha de referencia", "Estoque em uma data de referência", "Stock à une date de référence")),
            ],
        ),
        question(
            "stock_basis",
            "choice",
            text(
                "Population counted in the stock",
                "Población contada en el stock",
                "População contada no estoque",
                "Population comptée dans le stock",
            ),
            text(
                "Whether the rows of this table are nationalities of foreign nationals or countries of birth of the foreign-born.",
                "Si las filas de este cuadro son nacionalidades de extranjeros o países de nacimiento de nacidos en el extranjero.",
                "Se as linhas desta tabela são nacionalidades de estrangeiros ou países de nascimento de nascidos no exterior.",
                "Si les lignes de ce tableau sont les nationalités des étrangers ou les pays de naissance des personnes nées à l'étranger.",
            ),
            required=True,
            tables=["T9"],
            choices=[
                code(
                    "nationality",
                    text(
                        "Foreign nationals, by nationality",
                        "Extranjeros, por nacionalidad",
                        "Estrangeiros, por nacionalidade",
                        "Étrangers, par nationalité",
                    ),
                ),
                code(
                    "birth",
                    text(
                        "Foreign-born persons, by country of birth",
                        "Nacidos en el extranjero, por país de nacimiento",
                        "Nascidos no exterior, por país de nascimento",
                        "Personnes nées à l'étranger, par pays de naissance",
                    ),
                ),
            ],
        ),
        question(
            "asylum_instance",
            "choice",
            text(
                "Asylum procedure stage covered",
                "Etapa del procedimiento de asilo cubierta",
                "Fase do procedimento de asilo abrangida",
                "Étape de la procédure d'asile couverte",
            ),
            text(
                "Which stage of the procedure the figures cover. Say in the notes which authorities are included if more than one decides.",
                "Qué etapa del procedimiento cubren las cifras. Indique en las notas qué autoridades se incluyen si decide más de una.",
                "Que fase do procedimento os números abrangem. Indique nas notas que autoridades estão incluídas se mais de uma decide.",
                "Quelle étape de la procédure couvrent les chiffres. Indiquez dans les notes quelles autorités sont incluses si plusieurs décident.",
            ),
            required=True,
            tables=["T5", "T6"],
            choices=[
                code("first", text("First instance only", "Solo primera instancia", "Apenas primeira instância", "Première instance seulement")),
                code("final", text("Final decisions (after appeal)", "Decisiones firmes (tras apelación)", "Decisões finais (após recurso)", "Décisions définitives (après recours)")),
                code("all", text("All instances", "Todas las instancias", "Todas as instâncias", "Toutes les instances")),
            ],
        ),
        question(
            "decision_basis",
            "long_text",
            text(
                "Legal basis of recognition and complementary protection",
                "Base legal del reconocimiento y de la protección complementaria",
                "Base legal do reconhecimento e da proteção complementar",
                "Base juridique de la reconnaissance et de la protection complémentaire",
            ),
            text(
                "Which grounds count as recognition (1951 Convention, the Cartagena Declaration definition as adopted in national law) and which as complementary or humanitarian protection.",
                "Qué motivos cuentan como reconocimiento (Convención de 1951, definición de la Declaración de Cartagena incorporada a la ley nacional) y cuáles como protección complementaria o humanitaria.",
                "Que fundamentos contam como reconhecimento (Convenção de 1951, definição da Declaração de Cartagena incorporada na lei nacional) e quais como proteção complementar ou humanitária.",
                "Quels motifs comptent comme reconnaissance (Convention de 1951, définition de la Déclaration de Carthagène reprise en droit national) et lesquels comme protection complémentaire ou humanitaire.",
            ),
            required=True,
            tables=["T6"],
        ),
        question(
            "break_year",
            "integer",
            text(
                "Break in series: first year affected",
                "Ruptura de serie: primer año afectado",
                "Quebra de série: primeiro ano afetado",
                "Rupture de série : première année touchée",
            ),
            text(
                "The first year whose figures are not comparable with earlier years. Also mark its cells with status B.",
                "El primer año cuyas cifras no son comparables con los anteriores. Marque también sus celdas con el estado B.",
                "O primeiro ano cujos números não são comparáveis com os anteriores. Marque também as suas células com a situação B.",
                "La première année dont les chiffres ne sont pas comparables aux précédents. Marquez aussi ses cellules avec le statut B.",
            ),
        ),
        question(
            # Named "breaks" since version 1, so that answers given then are kept.
            "breaks",
            "long_text",
            text(
                "Break in series: what changed",
                "Ruptura de serie: qué cambió",
                "Quebra de série: o que mudou",
                "Rupture de série : ce qui a changé",
            ),
            text(
                "The change of law, source or method, and the value before the break if you know it.",
                "El cambio de ley, fuente o método, y el valor anterior a la ruptura si lo conoce.",
                "A mudança de lei, fonte ou método, e o valor anterior à quebra, se for conhecido.",
                "Le changement de loi, de source ou de méthode, et la valeur avant la rupture si vous la connaissez.",
            ),
        ),
        question(
            "revisions",
            "long_text",
            text(
                "Revisions of earlier figures",
                "Revisiones de cifras anteriores",
                "Revisões de números anteriores",
                "Révisions des chiffres antérieurs",
            ),
            text(
                "Which figures sent in an earlier cycle changed, and why.",
                "Qué cifras enviadas en un ciclo anterior cambiaron y por qué.",
                "Quais números enviados em um ciclo anterior mudaram e por quê.",
                "Quels chiffres envoyés lors d'un cycle précédent ont changé, et pourquoi.",
            ),
        ),
        question(
            "disclosure_control",
            "choice",
            text(
                "Disclosure control applied",
                "Control de divulgación aplicado",
                "Controle de divulgação aplicado",
                "Contrôle de la divulgation appliqué",
            ),
            text(
                "How small counts were protected. With rounding, totals may differ from the sum of their parts; give the rounding base below.",
                "Cómo se protegieron los conteos pequeños. Con redondeo, los totales pueden diferir de la suma de sus partes; indique la base de redondeo abajo.",
                "Como as contagens pequenas foram protegidas. Com arredondamento, os totais podem diferir da soma das partes; indique a base de arredondamento abaixo.",
                "Comment les petits effectifs ont été protégés. Avec l'arrondi, les totaux peuvent différer de la somme de leurs parties ; indiquez la base d'arrondi ci-dessous.",
            ),
            required=True,
            choices=[
                code("none", text("None", "Ninguno", "Nenhum", "Aucun")),
                code("rounding", text("Rounding", "Redondeo", "Arredondamento", "Arrondi")),
                code("suppression", text("Suppression", "Supresión", "Supressão", "Suppression")),
                code(
                    "rounding_suppression",
                    text(
                        "Rounding and suppression",
                        "Redondeo y supresión",
                        "Arredondamento e supressão",
                        "Arrondi et suppression",
                    ),
                ),
            ],
        ),
        question(
            "rounding_base",
            "integer",
            text("Rounding base", "Base de redondeo", "Base de arredondamento", "Base d'arrondi"),
            text(
                "The multiple figures were rounded to, e.g. 5. Sums may then differ from their total by up to this base times the number of cells added.",
                "El múltiplo al que se redondearon las cifras, p. ej. 5. Las sumas pueden entonces diferir de su total hasta esta base por el número de celdas sumadas.",
                "O múltiplo para o qual os números foram arredondados, p. ex. 5. As somas podem então diferir do total até esta base vezes o número de células somadas.",
                "Le multiple auquel les chiffres ont été arrondis, p. ex. 5. Les sommes peuvent alors différer de leur total jusqu'à cette base fois le nombre de cellules additionnées.",
            ),
        ),
        question(
            "notes",
            "long_text",
            text("Notes", "Notas", "Notas", "Notes"),
            text(
                "Anything else a reader of the table should know.",
                "Cualquier otra cosa que deba saber quien lea el cuadro.",
                "Qualquer outra informação que quem ler a tabela deva saber.",
                "Tout ce que le lecteur du tableau doit encore savoir.",
            ),
        ),
        question(
            "contact",
            "text",
            text("Contact person", "Persona de contacto", "Pessoa de contato", "Personne à contacter"),
            text(
                "Name and e-mail address of the person who can answer questions about this table.",
                "Nombre y correo electrónico de la persona que puede responder preguntas sobre este cuadro.",
                "Nome e e-mail da pessoa que pode responder a perguntas sobre esta tabela.",
                "Nom et adresse électronique de la personne qui peut répondre aux questions sur ce tableau.",
            ),
        ),
        question(
            "extraction_date",
            "date",
            text(
                "Date of extraction (YYYY-MM-DD)",
                "Fecha de extracción (AAAA-MM-DD)",
                "Data de extração (AAAA-MM-DD)",
                "Date d'extraction (AAAA-MM-JJ)",
            ),
            text(
                "The day the figures were taken from the source. Registers change after the fact, so this date identifies the version of the figures.",
                "El día en que se tomaron las cifras de la fuente. Los registros cambian con el tiempo, así que esta fecha identifica la versión de las cifras.",
                "O dia em que os números foram retirados da fonte. Os registros mudam com o tempo, por isso esta data identifica a versão dos números.",
                "Le jour où les chiffres ont été extraits de la source. Les registres évoluent, cette date identifie donc la version des chiffres.",
            ),
            required=True,
        ),
    ]


# --- Tables --------------------------------------------------------------------------------


def dim(dimension_id, codelist, role, total=None, is_open=False):
    entry = {"id": dimension_id, "codelist": codelist, "role": role}
    if is_open:
        entry["open"] = True
    if total:
        entry["total"] = total
    return entry


YEAR = dim("year", "year", "slice")
SEX = dim("sex", "sex", "column", total="_T")

# Exclusions shared by the immigrant tables.
EXCLUDED = text(
    "Exclude tourists, diplomats, business visitors and transport crew.",
    "Excluya turistas, diplomáticos, viajeros de negocios y tripulaciones.",
    "Exclua turistas, diplomatas, viajantes de negócios e tripulações.",
    "Excluez touristes, diplomates, voyageurs d'affaires et équipages.",
)
EXCLUDED_TEMPORARY = text(
    "Exclude tourists, diplomats, business visitors, transport crew and asylum seekers (asylum seekers are reported in T5).",
    "Excluya turistas, diplomáticos, viajeros de negocios, tripulaciones y solicitantes de asilo (estos se informan en T5).",
    "Exclua turistas, diplomatas, viajantes de negócios, tripulações e requerentes de asilo (estes são informados em T5).",
    "Excluez touristes, diplomates, voyageurs d'affaires, équipages et demandeurs d'asile (ceux-ci sont déclarés en T5).",
)
MERCOSUR = text(
    "Free movement covers residence granted under regional agreements such as the MERCOSUR Residence Agreement (Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Paraguay, Peru, Uruguay). Its temporary residence of up to two years can become permanent, so the same person may appear in T2 one year and in T1 later.",
    "La libre circulación abarca la residencia otorgada por acuerdos regionales como el Acuerdo de Residencia del MERCOSUR (Argentina, Bolivia, Brasil, Chile, Colombia, Ecuador, Paraguay, Perú, Uruguay). Su residencia temporaria de hasta dos años puede pasar a permanente, así que la misma persona puede figurar en T2 un año y en T1 más tarde.",
    "A livre circulação abrange a residência concedida por acordos regionais como o Acordo de Residência do MERCOSUL (Argentina, Bolívia, Brasil, Chile, Colômbia, Equador, Paraguai, Peru, Uruguai). A residência temporária desse acordo, de até dois anos, pode se tornar permanente, por isso a mesma pessoa pode constar em T2 em um ano e em T1 mais tarde.",
    "La libre circulation couvre la résidence accordée au titre d'accords régionaux comme l'Accord de résidence du MERCOSUR (Argentine, Bolivie, Brésil, Chili, Colombie, Équateur, Paraguay, Pérou, Uruguay). Sa résidence temporaire de deux ans au plus peut devenir permanente : une même personne peut figurer en T2 une année et en T1 plus tard.",
)


def join(*parts):
    return {lang: " ".join(part[lang] for part in parts) for lang in LANGUAGES}


def table(table_id, title, help_text, units, dimensions, period="year", mandatory=False):
    entry = {
        "id": table_id,
        "title": title,
        "help": help_text,
        "units": units,
        "period": period,
        "mandatory": mandatory,
    }
    if mandatory:
        entry["mandatory_periods"] = MANDATORY_YEARS
    entry["dimensions"] = dimensions
    return entry


def tables():
    nationality_row = dim("nationality", "nationality", "row", total="_T", is_open=True)
    return [
        table(
            "T1",
            text(
                "Inflows of permanent immigrants by nationality and sex",
                "Entradas de inmigrantes permanentes por nacionalidad y sexo",
                "Entradas de imigrantes permanentes por nacionalidade e sexo",
                "Entrées d'immigrés permanents par nationalité et sexe",
            ),
            join(
                text(
                    "Foreign nationals admitted during the year with permanent residence or a permit that can be renewed indefinitely, such as spouses and family of residents, refugees and some workers.",
                    "Extranjeros admitidos durante el año con residencia permanente o un permiso renovable indefinidamente, como cónyuges y familiares de residentes, refugiados y algunos trabajadores.",
                    "Estrangeiros admitidos durante o ano com residência permanente ou uma autorização renovável indefinidamente, como cônjuges e familiares de residentes, refugiados e alguns trabalhadores.",
                    "Étrangers admis pendant l'année avec une résidence permanente ou un titre renouvelable indéfiniment, comme les conjoints et la famille de résidents, les réfugiés et certains travailleurs.",
                ),
                EXCLUDED,
                text(
                    "Say in the coverage question whether changes of status from temporary to permanent are included.",
                    "Indique en la pregunta de cobertura si se incluyen los cambios de residencia temporal a permanente.",
                    "Indique na pergunta de cobertura se as mudanças de residência temporária para permanente estão incluídas.",
                    "Indiquez dans la question sur la couverture si les passages de la résidence temporaire à permanente sont inclus.",
                ),
            ),
            ["persons", "permits"],
            [YEAR, nationality_row, SEX],
            mandatory=True,
        ),
        table(
            "T2",
            text(
                "Inflows of temporary immigrants by nationality and sex",
                "Entradas de inmigrantes temporales por nacionalidad y sexo",
                "Entradas de imigrantes temporários por nacionalidade e sexo",
                "Entrées d'immigrés temporaires par nationalité et sexe",
            ),
            join(
                text(
                    "Foreign nationals admitted during the year with a visa or permit that cannot be renewed, or can be renewed only a limited number of times, such as students, seasonal workers, service providers and exchange participants.",
                    "Extranjeros admitidos durante el año con una visa o permiso no renovable, o renovable solo un número limitado de veces, como estudiantes, trabajadores de temporada, prestadores de servicios y participantes en intercambios.",
                    "Estrangeiros admitidos durante o ano com um visto ou autorização não renovável, ou renovável apenas um número limitado de vezes, como estudantes, trabalhadores sazonais, prestadores de serviços e participantes em intercâmbios.",
                    "Étrangers admis pendant l'année avec un visa ou un titre non renouvelable, ou renouvelable un nombre limité de fois, comme les étudiants, les saisonniers, les prestataires de services et les participants à des échanges.",
                ),
                EXCLUDED_TEMPORARY,
            ),
            ["persons", "permits"],
            [YEAR, nationality_row, SEX],
            mandatory=True,
        ),
        table(
            "T3",
            text(
                "Permanent inflows by category of entry and sex",
                "Entradas permanentes por categoría de ingreso y sexo",
                "Entradas permanentes por categoria de entrada e sexo",
                "Entrées permanentes par catégorie d'entrée et sexe",
            ),
            join(
                text(
                    "The same immigrants as in T1, by the ground on which the permit was granted. Accompanying family are family members admitted together with a principal worker; family members who join later count as Family.",
                    "Los mismos inmigrantes que en T1, según el motivo por el que se otorgó el permiso. La familia acompañante son los familiares admitidos junto con el trabajador principal; los que se reúnen después cuentan como Familia.",
                    "Os mesmos imigrantes de T1, pelo motivo da concessão da autorização. A família acompanhante são os familiares admitidos juntamente com o trabalhador principal; os que se juntam depois contam como Família.",
                    "Les mêmes immigrés qu'en T1, selon le motif d'octroi du titre. La famille accompagnante est celle admise en même temps que le travailleur principal ; les membres qui le rejoignent plus tard comptent comme Famille.",
                ),
                MERCOSUR,
                EXCLUDED,
                text(
                    "The total must equal T1's total; if it cannot, explain why in the coverage difference question.",
                    "El total debe ser igual al de T1; si no puede serlo, explique por qué en la pregunta sobre la diferencia de cobertura.",
                    "O total deve ser igual ao de T1; se não puder ser, explique o motivo na pergunta sobre a diferença em relação à tabela de entradas.",
                    "Le total doit égaler celui de T1 ; sinon, expliquez pourquoi dans la question sur l'écart de couverture.",
                ),
            ),
            ["persons", "permits"],
            [YEAR, dim("category", "category_perm", "row", total="TOT"), SEX],
        ),
        table(
            "T4",
            text(
                "Temporary inflows by category of entry and sex",
                "Entradas temporales por categoría de ingreso y sexo",
                "Entradas temporárias por categoria de entrada e sexo",
                "Entrées temporaires par catégorie d'entrée et sexe",
            ),
            join(
                text(
                    "The same immigrants as in T2, by the ground on which the visa or permit was granted. Students are those newly enrolled in tertiary education. Permits that fit no category go under Other temporary permits; say in the mapping question how you classified temporary residences under free-movement agreements such as MERCOSUR.",
                    "Los mismos inmigrantes que en T2, según el motivo por el que se otorgó la visa o el permiso. Los estudiantes son los recién matriculados en educación superior. Los permisos que no encajan en ninguna categoría van en Otros permisos temporales; indique en la pregunta de correspondencia cómo clasificó las residencias temporales de acuerdos de libre circulación como el MERCOSUR.",
                    "Os mesmos imigrantes de T2, pelo motivo da concessão do visto ou da autorização. Os estudantes são os recém-matriculados no ensino superior. As autorizações que não se enquadram em nenhuma categoria vão em Outras autorizações temporárias; indique na pergunta de correspondência como você classificou as residências temporárias de acordos de livre circulação como o MERCOSUL.",
                    "Les mêmes immigrés qu'en T2, selon le motif d'octroi du visa ou du titre. Les étudiants sont ceux nouvellement inscrits dans le supérieur. Les titres qui n'entrent dans aucune catégorie vont dans Autres titres temporaires ; indiquez dans la question de correspondance comment vous avez classé les résidences temporaires des accords de libre circulation comme le MERCOSUR.",
                ),
                EXCLUDED_TEMPORARY,
                text(
                    "The total must equal T2's total; if it cannot, explain why in the coverage difference question.",
                    "El total debe ser igual al de T2; si no puede serlo, explique por qué en la pregunta sobre la diferencia de cobertura.",
                    "O total deve ser igual ao de T2; se não puder ser, explique o motivo na pergunta sobre a diferença em relação à tabela de entradas.",
                    "Le total doit égaler celui de T2 ; sinon, expliquez pourquoi dans la question sur l'écart de couverture.",
                ),
            ),
            ["persons", "permits"],
            [YEAR, dim("category", "category_temp", "row", total="TOT"), SEX],
        ),
        table(
            "T5",
            text(
                "Asylum applications by kind of application, age group, nationality and sex",
                "Solicitudes de asilo por tipo de solicitud, grupo de edad, nacionalidad y sexo",
                "Pedidos de asilo por tipo de pedido, faixa etária, nacionalidade e sexo",
                "Demandes d'asile par type de demande, groupe d'âge, nationalité et sexe",
            ),
            text(
                "Applications for international protection (refugee status or complementary protection) lodged during the year. First-time applications are a person's first in the country; repeat applications follow a final decision; appeals are requests to review a negative decision. Count persons, dependants included, or cases, as declared in the counting unit. Exclude resettled refugees who arrive with protection already granted.",
                "Solicitudes de protección internacional (condición de refugiado o protección complementaria) presentadas durante el año. Las primeras solicitudes son las primeras de la persona en el país; las reiteradas siguen a una decisión firme; las apelaciones piden revisar una decisión negativa. Cuente personas, dependientes incluidos, o casos, según la unidad de conteo declarada. Excluya a los refugiados reasentados que llegan con la protección ya otorgada.",
                "Pedidos de proteção internacional (condição de refugiado ou proteção complementar) apresentados durante o ano. Os primeiros pedidos são os primeiros da pessoa no país; os repetidos seguem uma decisão final; os recursos pedem a revisão de uma decisão negativa. Conte pessoas, dependentes incluídos, ou casos, conforme a unidade de contagem declarada. Exclua os refugiados reinstalados que chegam com a proteção já concedida.",
                "Demandes de protection internationale (statut de réfugié ou protection complémentaire) introduites pendant l'année. Les premières demandes sont les premières de la personne dans le pays ; les demandes réitérées suivent une décision définitive ; les recours demandent le réexamen d'une décision négative. Comptez les personnes, personnes à charge comprises, ou les dossiers, selon l'unité de compte déclarée. Excluez les réfugiés réinstallés arrivés avec une protection déjà accordée.",
            ),
            ["persons", "cases", "applications"],
            [
                YEAR,
                dim("application", "asylum_application", "slice", total="_T"),
                dim("age", "age", "slice", total="_T"),
                nationality_row,
                SEX,
            ],
        ),
        table(
            "T6",
            text(
                "Asylum decisions and pending cases by nationality",
                "Decisiones de asilo y casos pendientes por nacionalidad",
                "Decisões de asilo e casos pendentes por nacionalidade",
                "Décisions d'asile et dossiers en instance par nationalité",
            ),
            text(
                "The asylum caseload of the year for each nationality: cases pending at the start, plus applications lodged, minus decisions and cases otherwise closed, should give the cases pending at the end. Decisions are those on the merits: recognised refugees, complementary or humanitarian protection and rejections. Withdrawn and abandoned applications count as otherwise closed.",
                "Los casos de asilo del año por nacionalidad: los pendientes al inicio, más las solicitudes presentadas, menos las decisiones y los casos cerrados por otros motivos, deberían dar los pendientes al final. Las decisiones son las de fondo: refugiados reconocidos, protección complementaria o humanitaria y rechazos. Las solicitudes desistidas o abandonadas cuentan como cerradas por otros motivos.",
                "Os casos de asilo do ano por nacionalidade: os pendentes no início, mais os pedidos apresentados, menos as decisões e os casos encerrados por outros motivos, devem dar os pendentes no final. As decisões são as de mérito: refugiados reconhecidos, proteção complementar ou humanitária e indeferimentos. Os pedidos com desistência ou abandono contam como encerrados por outros motivos.",
                "Les dossiers d'asile de l'année par nationalité : les dossiers en instance au début, plus les demandes introduites, moins les décisions et les dossiers clôturés autrement, doivent donner les dossiers en instance à la fin. Les décisions sont celles sur le fond : réfugiés reconnus, protection complémentaire ou humanitaire et rejets. Les demandes retirées ou abandonnées comptent comme clôturées autrement.",
            ),
            ["persons", "cases"],
            [YEAR, nationality_row, dim("decision", "asylum_decision", "column")],
        ),
        table(
            "T7",
            text(
                "Regularisations and changes of status by nationality",
                "Regularizaciones y cambios de situación por nacionalidad",
                "Regularizações e mudanças de situação por nacionalidade",
                "Régularisations et changements de statut par nationalité",
            ),
            text(
                "Foreign nationals already in the country who received a residence permit during the year through a regularisation (a programme or an individual procedure) or a change of status. Say in the coverage question whether they are also counted in T1 or T2. Exclude tourists, diplomats, business visitors and transport crew.",
                "Extranjeros que ya estaban en el país y recibieron un permiso de residencia durante el año por una regularización (un programa o un trámite individual) o un cambio de situación. Indique en la pregunta de cobertura si también se cuentan en T1 o T2. Excluya turistas, diplomáticos, viajeros de negocios y tripulaciones.",
                "Estrangeiros que já estavam no país e receberam uma autorização de residência durante o ano por uma regularização (um programa ou um procedimento individual) ou uma mudança de situação. Indique na pergunta de cobertura se também são contados em T1 ou T2. Exclua turistas, diplomatas, viajantes de negócios e tripulações.",
                "Étrangers déjà présents dans le pays qui ont reçu un titre de séjour pendant l'année par une régularisation (programme ou procédure individuelle) ou un changement de statut. Indiquez dans la question sur la couverture s'ils sont aussi comptés en T1 ou T2. Excluez touristes, diplomates, voyageurs d'affaires et équipages.",
            ),
            ["permits", "persons"],
            [YEAR, nationality_row, dim("change", "status_change", "column", total="_T")],
        ),
        table(
            "T8",
            text(
                "Acquisitions of nationality by former nationality and sex",
                "Adquisiciones de nacionalidad por nacionalidad anterior y sexo",
                "Aquisições de nacionalidade por nacionalidade anterior e sexo",
                "Acquisitions de la nationalité par nationalité antérieure et sexe",
            ),
            text(
                "Foreign residents who acquired your country's nationality during the year, by naturalisation, declaration or option, by their former nationality (stateless: Stateless). Exclude nationality acquired at birth.",
                "Residentes extranjeros que adquirieron la nacionalidad de su país durante el año, por naturalización, declaración u opción, según su nacionalidad anterior (apátridas: Apátridas). Excluya la nacionalidad adquirida al nacer.",
                "Residentes estrangeiros que adquiriram a nacionalidade do seu país durante o ano, por naturalização, declaração ou opção, pela nacionalidade anterior (apátridas: Apátridas). Exclua a nacionalidade adquirida no nascimento.",
                "Résidents étrangers qui ont acquis la nationalité de votre pays pendant l'année, par naturalisation, déclaration ou option, selon leur nationalité antérieure (apatrides : Apatrides). Excluez la nationalité acquise à la naissance.",
            ),
            ["persons"],
            [
                YEAR,
                dim("former_nationality", "nationality", "row", total="_T", is_open=True),
                SEX,
            ],
        ),
        table(
            "T9",
            text(
                "Stock of foreign or foreign-born population by age group, country and sex",
                "Stock de población extranjera o nacida en el extranjero por grupo de edad, país y sexo",
                "Estoque de população estrangeira ou nascida no exterior por faixa etária, país e sexo",
                "Stock de population étrangère ou née à l'étranger par groupe d'âge, pays et sexe",
            ),
            join(
                text(
                    "Persons usually resident at the reference date (31 December, a register date or a census date) who are foreign nationals, by nationality, or foreign-born, by country of birth. Say which in the question on the population counted.",
                    "Personas con residencia habitual en la fecha de referencia (31 de diciembre, una fecha de registro o de censo) que son extranjeras, por nacionalidad, o nacidas en el extranjero, por país de nacimiento. Indique cuál en la pregunta sobre la población contada.",
                    "Pessoas com residência habitual na data de referência (31 de dezembro, a data de um registro ou de um censo) que são estrangeiras, por nacionalidade, ou nascidas no exterior, por país de nascimento. Indique qual na pergunta sobre a população contada.",
                    "Personnes résidant habituellement à la date de référence (31 décembre, date d'un registre ou d'un recensement) qui sont étrangères, par nationalité, ou nées à l'étranger, par pays de naissance. Indiquez lequel dans la question sur la population comptée.",
                ),
                EXCLUDED,
            ),
            ["persons"],
            [
                dim("stock_date", "stock_date", "slice"),
                dim("age", "age", "slice", total="_T"),
                # Nationality or country of birth, as the stock_basis answer says. The id stays
                # "nationality", the one version 1 used, so that older cells migrate.
                dim("nationality", "nationality", "row", total="_T", is_open=True),
                SEX,
            ],
            period="reference_date",
        ),
        table(
            "T10",
            text(
                "Outflows of nationals by country of destination and sex",
                "Salidas de nacionales por país de destino y sexo",
                "Saídas de nacionais por país de destino e sexo",
                "Sorties de nationaux par pays de destination et sexe",
            ),
            text(
                "Nationals of your country who left during the year to live abroad, by country of destination. Say in the coverage question how long a stay abroad must be to count (the UN recommends at least 12 months). Exclude tourists, business travellers and transport crew.",
                "Nacionales de su país que salieron durante el año para vivir en el extranjero, por país de destino. Indique en la pregunta de cobertura cuánto debe durar la estancia en el extranjero para contarse (las Naciones Unidas recomiendan al menos 12 meses). Excluya turistas, viajeros de negocios y tripulaciones.",
                "Nacionais do seu país que saíram durante o ano para viver no exterior, por país de destino. Indique na pergunta de cobertura quanto deve durar a estadia no exterior para contar (as Nações Unidas recomendam pelo menos 12 meses). Exclua turistas, viajantes de negócios e tripulações.",
                "Ressortissants de votre pays partis pendant l'année vivre à l'étranger, par pays de destination. Indiquez dans la question sur la couverture quelle durée de séjour à l'étranger est retenue (les Nations unies recommandent au moins 12 mois). Excluez touristes, voyageurs d'affaires et équipages.",
            ),
            ["persons"],
            [YEAR, dim("destination", "nationality", "row", total="_T", is_open=True), SEX],
        ),
    ]


# --- Rules ---------------------------------------------------------------------------------

ALL_TABLES = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10"]
SEX_TABLES = ["T1", "T2", "T3", "T4", "T5", "T8", "T9", "T10"]
# Tables whose row dimension is a country list, by the id of that dimension.
COUNTRY_ROWS = [
    (["T1", "T2", "T5", "T6", "T7", "T9"], "nationality"),
    (["T8"], "former_nationality"),
    (["T10"], "destination"),
]
# Tables that compare a single-slice total column year on year.
YEAR_TABLES = ["T1", "T2", "T3", "T4", "T7", "T8", "T10"]
# Worker categories of T4, the part of temporary inflows that is labour migration.
TEMPORARY_WORKERS = ["WORK_HOLIDAY", "ICT", "TRAINEE", "SEASONAL", "OTHER_WORK"]
# Metadata question whose answer is the rounding base of a table that declares rounding.
ROUNDING = "rounding_base"


def rule(rule_id, severity, message, **check):
    return {"id": rule_id, "severity": severity, "message": message, "check": check}


def point(table_id, **codes):
    """Return a point, the cells summed per period: codes for every dimension except the period."""
    return {"table": table_id, "codes": {dimension: list(values) for dimension, values in codes.items()}}


def grand_total(table_id):
    if table_id in ("T3", "T4"):
        return point(table_id, category=["TOT"], sex=["_T"])
    if table_id == "T9":
        return point(table_id, age=["_T"], nationality=["_T"], sex=["_T"])
    if table_id == "T8":
        return point(table_id, former_nationality=["_T"], sex=["_T"])
    return point(table_id, nationality=["_T"], sex=["_T"])


def sum_rules():
    """V02–V04: totals of the row and column dimensions equal the sum of their parts."""
    extra = {"rounding": ROUNDING}
    entries = [
        rule("V02", "error", "finding-sex-sum", kind="dimension_sum", tables=SEX_TABLES, dimension="sex", **extra)
    ]
    for table_ids, dimension in COUNTRY_ROWS:
        entries.append(
            rule(
                "V03",
                "error",
                "finding-nationality-sum",
                kind="dimension_sum",
                tables=table_ids,
                dimension=dimension,
                **extra,
            )
        )
    entries.append(
        rule("V04", "error", "finding-category-sum", kind="dimension_sum", tables=["T3", "T4"], dimension="category", **extra)
    )
    entries.append(
        rule("V04", "error", "finding-category-sum", kind="dimension_sum", tables=["T7"], dimension="change", **extra)
    )
    return entries


def excluded_code_rules():
    """V11: the reporting country is not a foreign nationality, origin or destination."""
    return [
        rule(
            "V11",
            "error",
            "finding-own-nationality",
            kind="excluded_code",
            tables=["T1", "T2", "T5", "T6", "T7", "T8", "T9"],
            code="$country",
        ),
        rule("V11", "error", "finding-own-destination", kind="excluded_code", tables=["T10"], code="$country"),
    ]


def rules():
    """Return the validation rules, in the order the engine runs them."""
    entries = [
        rule("V00", "warning", "finding-completeness", kind="completeness", tables=ALL_TABLES),
        rule("V01", "error", "finding-value-domain", kind="value_domain", tables=ALL_TABLES),
    ]
    entries += sum_rules()

    # V05: the breakdowns chosen above the grid add up to their total slice.
    entries.append(
        rule(
            "V05",
            "error",
            "finding-breakdown-sum",
            kind="dimension_sum",
            tables=["T5"],
            dimension="application",
            rounding=ROUNDING,
        )
    )
    entries.append(
        rule(
            "V05",
            "error",
            "finding-breakdown-sum",
            kind="dimension_sum",
            tables=["T5", "T9"],
            dimension="age",
            rounding=ROUNDING,
        )
    )

    # V06: a category table counts the same immigrants as its inflow table.
    for category_table, inflow_table in (("T3", "T1"), ("T4", "T2")):
        entries.append(
            rule(
                "V06",
                "error",
                "finding-cross-table-total",
                kind="cross_table",
                left=grand_total(category_table),
                right=grand_total(inflow_table),
                relation="equal",
                rounding=ROUNDING,
                waived_by="coverage_difference",
            )
        )

    # V07: subsets never exceed the whole they belong to.
    entries.append(
        rule(
            "V07",
            "error",
            "finding-recognised-decided",
            kind="subset",
            tables=["T6"],
            dimension="decision",
            part=["RECOG", "COMPL"],
            whole=["DECIDED"],
        )
    )
    entries.append(
        rule(
            "V07",
            "error",
            "finding-first-applications",
            kind="subset",
            tables=["T5"],
            dimension="application",
            part=["FIRST"],
            whole=["_T"],
        )
    )
    # NOTE: seasonal workers are one of the worker categories, so this check passes whenever
    # V01 passes. It only fails when another worker category is negative.
    entries.append(
        rule(
            "V07",
            "error",
            "finding-seasonal-workers",
            kind="cross_table",
            left=point("T4", category=["SEASONAL"], sex=["_T"]),
            right=point("T4", category=TEMPORARY_WORKERS, sex=["_T"]),
            relation="at_most",
        )
    )
    entries.append(
        rule(
            "V07",
            "error",
            "finding-temporary-workers",
            kind="cross_table",
            left=point("T4", category=TEMPORARY_WORKERS, sex=["_T"]),
            right=grand_total("T2"),
            relation="at_most",
            rounding=ROUNDING,
        )
    )

    # V08: the asylum caseload balances within 5%, and decisions never exceed the caseload.
    entries.append(
        rule(
            "V08",
            "warning",
            "finding-asylum-caseload",
            kind="caseload",
            table="T6",
            dimension="decision",
            pending_start="PEND_START",
            applied="APPLIED",
            decided="DECIDED",
            closed="CLOSED",
            pending_end="PEND_END",
            max_gap_relative=0.05,
        )
    )

    # V09: a change of more than 30% and more than 100 needs a note or a B (break) or
    # E (estimate) status.
    year_change = {"min_relative": 0.3, "min_absolute": 100, "exempt_statuses": ["B", "E"]}
    entries.append(
        rule(
            "V09",
            "warning",
            "finding-year-on-year",
            kind="year_on_year",
            tables=YEAR_TABLES + ["T5", "T9"],
            column="_T",
            **year_change,
        )
    )
    entries.append(
        rule("V09", "warning", "finding-year-on-year", kind="year_on_year", tables=["T6"], column="APPLIED", **year_change)
    )

    # V10: series that vanish, appear, or leave last year's top 10.
    entries.append(
        rule(
            "V10",
            "warning",
            "finding-series-change",
            kind="series_change",
            tables=["T1", "T2", "T3", "T4", "T5", "T7", "T8", "T9", "T10"],
            column="_T",
            top=10,
        )
    )

    entries += excluded_code_rules()

    # V12: unknown nationality above 10%, or other countries above 20%, of the total.
    for table_ids, dimension in COUNTRY_ROWS:
        entries.append(
            rule(
                "V12",
                "warning",
                "finding-residual-share",
                kind="share",
                tables=table_ids,
                dimension=dimension,
                limits={"XXX": 0.10, "ZZO": 0.20},
            )
        )

    # V13: the change of the stock is close to inflows minus acquisitions of nationality.
    # Deaths and emigration of foreigners are not asked for, so a gap is normal: only a gap
    # above half the expected change and above 1,000 persons is reported.
    entries.append(
        rule(
            "V13",
            "warning",
            "finding-stock-flow",
            kind="stock_flow",
            stock=grand_total("T9"),
            inflows=[grand_total("T1"), grand_total("T2")],
            outflows=[grand_total("T8")],
            min_relative=0.5,
            min_absolute=1000,
        )
    )
    # V14: acquisitions of nationality in a year never exceed the foreign stock before it.
    entries.append(
        rule(
            "V14",
            "warning",
            "finding-acquisitions-stock",
            kind="stock_bound",
            flow=grand_total("T8"),
            stock=grand_total("T9"),
        )
    )
    # V15: tables compared with each other count the same unit.
    entries.append(
        rule(
            "V15",
            "error",
            "finding-unit-consistency",
            kind="unit_consistency",
            groups=[["T1", "T3"], ["T2", "T4"], ["T5", "T6"]],
            question="counting_unit",
        )
    )
    # V16: a value accepted in an earlier cycle changes only with a note.
    entries.append(rule("V16", "error", "finding-revision", kind="revision", tables=ALL_TABLES))
    # V17: emigrants by destination against other countries' inflows by nationality.
    entries.append(
        rule(
            "V17",
            "info",
            "finding-mirror",
            kind="mirror",
            outflows={"table": "T10", "dimension": "destination"},
            inflows=[{"table": "T1", "dimension": "nationality"}, {"table": "T2", "dimension": "nationality"}],
        )
    )
    # V18: inflows per 1,000 population within the country's past range, widened by 25%.
    entries.append(
        rule(
            "V18",
            "warning",
            "finding-rate-range",
            kind="rate_range",
            flows=[grand_total("T1"), grand_total("T2")],
            margin=0.25,
        )
    )
    # V19: IDB grant facility test, 3-year inflows from Latin America and the Caribbean
    # (M49 region 419) of at least 0.5% of the population.
    entries.append(
        rule(
            "V19",
            "info",
            "finding-idb-indicator",
            kind="idb_indicator",
            flows=[
                {"table": "T1", "dimension": "nationality", "column": "_T"},
                {"table": "T2", "dimension": "nationality", "column": "_T"},
            ],
            region="419",
            years=3,
            threshold=0.005,
            unit_question="counting_unit",
        )
    )
    entries.append(rule("M01", "error", "finding-metadata-required", kind="required_metadata", tables=ALL_TABLES))
    return entries


# --- Output --------------------------------------------------------------------------------


def definition():
    return {
        "format": "sicremi-questionnaire/1",
        "id": "sicremi",
        # Version 1 had only T1, T3 and T9, and no age dimension in T9.
        "version": 2,
        "cycle": 2026,
        "title": text(
            "SICREMI questionnaire, 2026 cycle",
            "Cuestionario SICREMI, ciclo 2026",
            "Questionário SICREMI, ciclo 2026",
            "Questionnaire SICREMI, cycle 2026",
        ),
        "codelists": codelists(),
        "statuses": statuses(),
        "metadata": metadata(),
        "tables": tables(),
        "rules": rules(),
        # Version 1 cells of T9 had no age group: they become the age total.
        "migrations": [
            {
                "from_version": 1,
                "added_dimensions": [{"table": "T9", "dimension": "age", "code": "_T"}],
            }
        ],
    }


def check_texts(value, path="$"):
    """Raise ValueError on a text object that lacks a language or has an empty one."""
    if isinstance(value, dict):
        if set(value) & set(LANGUAGES) and set(value) != set(LANGUAGES):
            raise ValueError(f"{path}: languages {sorted(value)} instead of {list(LANGUAGES)}")
        for key, item in value.items():
            if key in LANGUAGES and not str(item).strip():
                raise ValueError(f"{path}.{key}: empty text")
            check_texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_texts(item, f"{path}[{index}]")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="file to write (default: %(default)s)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit with status 1 if the output file differs from what would be written",
    )
    args = parser.parse_args()

    document = definition()
    check_texts(document)
    rendered = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != rendered:
            print(f"{args.output} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(rendered, encoding="utf-8")
    print(f"wrote {args.output} ({len(document['tables'])} tables, {len(document['rules'])} rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
