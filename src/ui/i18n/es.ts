import type { Catalog } from './catalog';

/** Catálogo en español. Mismas claves que en.ts; lo comprueba catalog.test.ts. */
export const es: Catalog = {
  'app.title': 'Enrollment Assist',
  'app.skipToContent': 'Saltar al contenido principal',
  'app.language': 'Idioma',

  'status.online': 'En línea',
  'status.offline': 'Sin conexión',
  'status.waiting.one': '{count} solicitud en espera de envío',
  'status.waiting.other': '{count} solicitudes en espera de envío',
  'status.allSent': 'Todas las solicitudes enviadas',
  'status.sending': 'Enviando…',
  'status.retryAt': 'Próximo intento a las {time}',
  'status.offlineHint':
    'Las solicitudes se guardan en este dispositivo y se envían cuando vuelva la conexión.',
  'status.pausedSignIn': 'El envío está en pausa hasta que vuelva a iniciar sesión.',
  'status.signInToSend': 'Iniciar sesión para enviar',

  'signIn.heading': 'Iniciar sesión',
  'signIn.intro':
    'Inicie sesión con la cuenta que le dio su organización. Iniciar sesión requiere conexión; las solicitudes que ya están en este dispositivo se quedan aquí y se envían cuando haya iniciado sesión.',
  'signIn.name': 'Nombre de usuario',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.signingIn': 'Iniciando sesión…',
  'signIn.error.failed':
    'El nombre de usuario o la contraseña no son correctos. Revise ambos e inténtelo de nuevo.',
  'signIn.error.locked':
    'Demasiados intentos fallidos: esta cuenta está bloqueada hasta las {time}. Su organización puede desbloquearla antes.',
  'signIn.error.lockedLater':
    'Demasiados intentos fallidos: esta cuenta está bloqueada por un tiempo. Su organización puede desbloquearla antes.',
  'signIn.error.rateLimited':
    'Demasiados intentos de inicio de sesión desde esta red. Espere unos minutos e inténtelo de nuevo.',
  'signIn.error.offline':
    'Para iniciar sesión se necesita conexión con el mercado de seguros. Inténtelo cuando este dispositivo tenga conexión.',
  'signIn.error.other':
    'El mercado de seguros no pudo iniciar su sesión (error {status}). Inténtelo de nuevo en un momento.',
  'signOut.button': 'Cerrar sesión ({name})',

  'lock.button': 'Bloquear',
  'lock.autoLocked': 'La aplicación se bloqueó sola tras un tiempo sin actividad.',
  'pin.create.heading': 'Elija un PIN para este dispositivo',
  'pin.create.intro':
    'Con este PIN desbloquea la aplicación en este dispositivo, incluso sin conexión. Use 6 o más dígitos difíciles de adivinar. Si lo olvida, inicie sesión de nuevo: no se pierde nada.',
  'pin.reset.heading': 'Elija un PIN nuevo',
  'pin.reset.intro':
    'Inició sesión de nuevo, así que las solicitudes de este dispositivo están a salvo. Elija un PIN nuevo para desbloquearlas a partir de ahora.',
  'pin.label': 'PIN (6 o más dígitos)',
  'pin.confirm': 'Escriba el PIN otra vez',
  'pin.save': 'Guardar el PIN',
  'pin.saving': 'Guardando…',
  'pin.mismatch': 'Los dos PIN no son iguales. Escríbalos otra vez.',
  'pinProblem.too-short': 'Use al menos 6 dígitos.',
  'pinProblem.too-long': 'Este PIN es demasiado largo.',
  'pinProblem.not-digits': 'Use solo dígitos.',
  'pinProblem.same-digit': 'No repita un mismo dígito.',
  'pinProblem.sequence': 'No use una secuencia como 123456.',
  'pinProblem.repeated-pattern': 'No repita un patrón como 121212.',
  'pinProblem.mirrored': 'No use un PIN en espejo como 123321.',
  'pinProblem.date-of-birth': 'No use una fecha de nacimiento.',
  'pinProblem.common': 'Este PIN es de los primeros que la gente prueba.',
  'recovery.stale':
    'Su inicio de sesión es demasiado antiguo para fijar un PIN. Inicie sesión de nuevo.',
  'recovery.unauthorized': 'Su sesión terminó. Inicie sesión de nuevo.',
  'recovery.offline':
    'Para fijar un PIN hace falta conexión con el mercado de seguros. Inicie sesión de nuevo cuando este dispositivo tenga conexión.',
  'recovery.error':
    'El mercado de seguros no pudo preparar este dispositivo. Inicie sesión de nuevo en un momento.',
  'unlock.heading': 'La aplicación está bloqueada',
  'unlock.intro':
    'Escriba su PIN para continuar. Mientras la aplicación está bloqueada no se muestra nada personal.',
  'unlock.who': 'Asistente',
  'unlock.pin': 'PIN',
  'unlock.submit': 'Desbloquear',
  'unlock.checking': 'Comprobando…',
  'unlock.wrong.one':
    'Ese PIN no es correcto. Queda {count} intento antes de que el PIN se desactive.',
  'unlock.wrong.other':
    'Ese PIN no es correcto. Quedan {count} intentos antes de que el PIN se desactive.',
  'unlock.wait': 'Demasiados PIN incorrectos. Puede volver a intentarlo a las {time}.',
  'unlock.disabled':
    'Este PIN está desactivado tras 10 intentos incorrectos. Inicie sesión en línea para elegir uno nuevo: las solicitudes se quedan en este dispositivo, bloqueadas.',
  'unlock.forgot': 'Olvidé mi PIN',
  'unlock.other': 'Iniciar sesión como otro asistente',

  'reason.offline': 'no hay conexión con el mercado de seguros',
  'reason.timeout': 'el mercado de seguros no respondió a tiempo',
  'reason.server_error': 'el mercado de seguros tuvo un error',
  'reason.rate_limited': 'el mercado de seguros pidió esperar',
  'reason.in_flight': 'el mercado de seguros todavía la está procesando',
  'reason.bad_receipt': 'la respuesta no era un comprobante (¿una página de acceso a wifi?)',
  'reason.unauthorized': 'hay que iniciar sesión',
  'reason.refused': 'el mercado de seguros la rechazó',
  'reason.received': 'recibida',

  'list.heading': 'Solicitudes',
  'list.empty': 'Todavía no hay solicitudes en este dispositivo.',
  'list.new': 'Comenzar una solicitud nueva',
  'list.untitled': 'Solicitud sin nombre',
  'list.started': 'Comenzada el {date}',

  'state.draft': 'Borrador',
  'state.queued': 'En espera de envío',
  'state.sending': 'Enviando',
  'state.submitted': 'Enviada',
  'state.needs_attention': 'Requiere atención',

  'form.heading': 'Solicitud',
  'form.back': 'Volver a todas las solicitudes',
  'form.applicant': 'Solicitante',
  'form.household': 'Hogar',
  'form.address': 'Dirección',
  'field.applicant.firstName': 'Nombre',
  'field.applicant.lastName': 'Apellido',
  'field.applicant.dateOfBirth': 'Fecha de nacimiento',
  'field.household.size': 'Personas en el hogar',
  'field.household.annualIncome': 'Ingreso anual del hogar (dólares)',
  'field.address.state': 'Estado',
  'field.address.zip': 'Código postal (ZIP)',
  'form.chooseState': 'Elija un estado',
  'form.savedOnDevice': 'Cada cambio se guarda en este dispositivo mientras escribe.',
  'form.saving': 'Guardando en este dispositivo…',
  'form.saved': 'Todos los cambios están guardados en este dispositivo.',
  'form.submit': 'Enviar solicitud',
  'form.submitting': 'Enviando…',
  'form.queuedNote':
    'Esta solicitud está en espera. Se enviará al mercado de seguros en cuanto el dispositivo pueda conectarse.',
  'form.sendingNote': 'Enviando al mercado de seguros.',
  'form.readOnly': 'Esta solicitud ya no se puede cambiar.',
  'form.needsAttentionNote':
    'El mercado de seguros rechazó esta solicitud. Corrija los campos marcados y envíela de nuevo.',
  'form.saveFailed':
    'Este cambio no se pudo guardar en el dispositivo: {reason}. Lo que escribió sigue en pantalla; no cierre esta página.',
  'form.lastAttempt': 'Último intento: {time}, {reason}',
  'form.attempts.one': '{count} intento',
  'form.attempts.other': '{count} intentos',

  'receipt.heading': 'Enviada al mercado de seguros',
  'receipt.confirmation': 'Número de confirmación',
  'receipt.receivedAt': 'Recibida el {time}',

  'errors.summary': 'Corrija estos campos',
  'error.required': 'Este campo es obligatorio.',
  'error.not_a_number': 'Escriba un número, por ejemplo 52000.',
  'error.too_small': 'Este número es demasiado pequeño.',
  'error.too_big': 'Es demasiado largo o demasiado grande.',
  'error.invalid_format': 'No tiene el formato esperado.',
  'error.invalid_date': 'Escriba una fecha real.',
  'error.date_in_future': 'La fecha de nacimiento no puede ser posterior a hoy.',
  'error.too_old': 'Revise el año: son más de 120 años.',
  'error.forbidden_characters': 'Quite los caracteres especiales o invisibles.',
  'error.invalid_value': 'Elija una de las opciones.',
  'error.invalid_type': 'Este valor no es válido.',
  'error.too_precise': 'Use como máximo dos decimales.',
  'error.zip': 'El código postal tiene 5 dígitos.',
  'error.idempotency_key_reused':
    'El mercado de seguros ya tiene otra solicitud con este identificador. Comience una solicitud nueva.',
  'error.generic': 'El mercado de seguros no aceptó esto: {message}',

  'nav.home': 'Solicitudes',
  'nav.languages': 'Ayuda en su idioma',
  'nav.main': 'Principal',
  'firstRun.heading': 'Elija un idioma',
  'firstRun.intro': 'Puede cambiarlo después desde la parte de arriba de cada página.',

  'list.search': 'Buscar por nombre',
  'list.noMatch': 'Ninguna solicitud coincide con “{query}”.',
  'list.today': 'Hoy',
  'list.earlier': 'Antes',
  'list.viewReceipt': 'Comprobante',

  'update.ready': 'Hay una versión nueva de esta aplicación.',
  'update.reload': 'Recargar para actualizar',

  'wizard.progress': 'Paso {n} de {total}',
  'wizard.back': 'Atrás',
  'wizard.continue': 'Guardar y continuar',
  'step.authorization': 'Permiso para ayudar',
  'step.household': 'Hogar',
  'step.identity': 'Números de Seguro Social',
  'step.citizenship': 'Ciudadanía e inmigración',
  'step.contact': 'Dirección y contacto',
  'step.income': 'Ingresos y deducciones',
  'step.coverage': 'Salud y cobertura',
  'step.tax': 'Declaración de impuestos',
  'step.signature': 'Firmar la solicitud',
  'step.review': 'Revisar y enviar',

  'answer.choose': 'Elija una opción',
  'answer.yes': 'Sí',
  'answer.no': 'No',

  'auth.noticeHeading': 'Aviso de privacidad: léalo o muéstrelo primero a la persona solicitante',
  'auth.notice1':
    'Soy un asistente capacitado. Puedo ayudarle a solicitar cobertura de salud. Le pediré información personal sobre usted y su hogar, como nombres, fechas de nacimiento, ingresos y, para quienes quieren cobertura, números de Seguro Social y documentos de inmigración.',
  'auth.notice2':
    'Su información se usa solo para ayudarle a presentar la solicitud y se envía solo al mercado de seguros. Se guarda en este dispositivo, bajo llave, hasta que el mercado de seguros confirme que la recibió.',
  'auth.notice3':
    'No tiene que dar permiso. Puede limitar en qué le ayudo y puede retirar su permiso en cualquier momento. Decir que no, no le impide recibir ayuda de otra manera.',
  'auth.notice4':
    'Nunca pedimos el número de Seguro Social ni la situación migratoria de un familiar que no pide cobertura.',
  'auth.method': '¿Cómo dio permiso la persona solicitante?',
  'authMethod.oral': 'Lo dijo en voz alta (oral)',
  'authMethod.signed': 'Firmó en esta pantalla',
  'auth.givenBy': 'Nombre de la persona que da permiso',
  'auth.representative':
    '¿Es esta persona un representante autorizado que actúa por la persona solicitante?',
  'auth.date': 'Fecha en que se dio el permiso',
  'auth.assisterName': 'Su nombre (asistente)',
  'auth.assisterId': 'Su número de asistente',
  'auth.limits': 'Límites de la ayuda (opcional)',
  'auth.limitsHint': 'Por ejemplo: no llamar a mi teléfono. Déjelo vacío si no hay ninguno.',
  'auth.signature': 'Firma: la persona que da permiso escribe su nombre completo',
  'auth.revoke': 'La persona solicitante retira su permiso',
  'auth.revokeConfirm': 'Confirmar: retirar el permiso y borrar las respuestas',
  'auth.revokeHint':
    'Esto borra del dispositivo todas las respuestas de esta solicitud. Solo se guarda el registro del permiso y de su retiro.',
  'auth.revoked': 'El permiso se retiró el {date}. Las respuestas se borraron de este dispositivo.',

  'household.intro':
    'Anote a todas las personas del hogar: primero la persona solicitante, luego su cónyuge, hijos y cualquier otra persona en la misma declaración de impuestos o que viva con ella.',
  'household.person': 'Persona {n}',
  'household.add': 'Agregar una persona',
  'household.remove': 'Quitar a {name}',
  'member.firstName': 'Nombre',
  'member.lastName': 'Apellido',
  'member.dateOfBirth': 'Fecha de nacimiento',
  'member.sex': 'Sexo',
  'member.relationship': '¿Qué parentesco tiene esta persona con {first}?',
  'member.applying': '¿Pide {name} cobertura de salud?',
  'member.applyingHint':
    'Si no, no le pedimos su número de Seguro Social ni su situación migratoria.',
  'member.taxDependent':
    '¿Declarará {first} a {name} como dependiente en su declaración de impuestos?',
  'member.thisPerson': 'esta persona',
  'sex.female': 'Femenino',
  'sex.male': 'Masculino',
  'relationship.self': 'Usted (la persona solicitante)',
  'relationship.spouse': 'Cónyuge',
  'relationship.child': 'Hijo o hija',
  'relationship.stepchild': 'Hijastro o hijastra',
  'relationship.parent': 'Padre o madre',
  'relationship.sibling': 'Hermano o hermana',
  'relationship.other_relative': 'Otro pariente',
  'relationship.other': 'Sin parentesco',

  'identity.intro':
    'Solo para las personas que piden cobertura. El número es opcional: si no hay, diga por qué.',
  'member.ssn': 'Número de Seguro Social de {name} (opcional)',
  'member.ssnMasked': 'Dado: el número que termina en {last4}',
  'member.ssnChange': 'Cambiar el número de {name}',
  'member.ssnHint': '9 dígitos, por ejemplo 123-45-6789.',
  'member.ssnAbsentReason': '¿Por qué {name} no tiene número de Seguro Social?',
  'ssnReason.applied_waiting': 'Lo solicitó y lo está esperando',
  'ssnReason.not_eligible': 'No tiene derecho a uno',
  'ssnReason.religious_exception': 'Excepción religiosa',
  'ssnReason.other': 'Otro motivo',

  'member.usCitizen': '¿Es {name} ciudadano o nacional de los EE. UU.?',
  'member.eligibleImmigrationStatus': '¿Tiene {name} una situación migratoria elegible?',
  'member.eligibleHint':
    'Por ejemplo, tarjeta de residente, condición de refugiado o asilado, o permiso de trabajo. Responder que no está bien: otras personas del hogar pueden recibir cobertura.',
  'member.document.type': '¿Qué documento tiene {name}?',
  'documentKind.permanent_resident_card': 'Tarjeta de residente permanente, “green card” (I-551)',
  'documentKind.reentry_permit': 'Permiso de reingreso (I-327)',
  'documentKind.refugee_travel_document': 'Documento de viaje de refugiado (I-571)',
  'documentKind.employment_authorization': 'Tarjeta de autorización de empleo (I-766)',
  'documentKind.arrival_departure_record': 'Registro de entrada y salida (I-94)',
  'documentKind.foreign_passport': 'Pasaporte extranjero con visa de EE. UU. o I-94',
  'documentKind.other': 'Otro documento',
  'member.document.aNumber': 'Número de extranjero (número A)',
  'member.document.aNumberHint': 'De 7 a 9 dígitos después de la letra A.',
  'member.document.cardNumber': 'Número de tarjeta',
  'member.document.cardNumberHint': '3 letras y 10 dígitos, por ejemplo EAC1234567890.',
  'member.document.i94Number': 'Número de I-94',
  'member.document.i94NumberHint': '11 caracteres.',
  'member.document.passportNumber': 'Número de pasaporte',
  'member.document.passportCountry': 'País que emitió el pasaporte',
  'member.document.passportCountryHint':
    'El código de 3 letras impreso en el pasaporte, por ejemplo MEX.',
  'member.document.description': 'Nombre y número del documento',

  'address.street': 'Dirección',
  'address.unit': 'Apartamento o unidad (opcional)',
  'address.city': 'Ciudad o pueblo',
  'address.state': 'Estado',
  'address.zip': 'Código postal (ZIP)',
  'contact.phone': 'Número de teléfono (opcional)',
  'contact.email': 'Correo electrónico (opcional)',
  'contact.preferredLanguage': 'Idioma de las cartas del mercado de seguros',

  'income.intro':
    'Para cada persona, anote el dinero que recibe antes de impuestos. Déjelo vacío si alguien no tiene ingresos.',
  'income.heading': 'Ingresos de {name}',
  'income.add': 'Agregar ingresos de {name}',
  'income.remove': 'Quitar este ingreso',
  'income.none': 'No hay ingresos anotados.',
  'income.kind': 'Tipo de ingreso',
  'income.amount': 'Cantidad antes de impuestos (dólares)',
  'income.frequency': 'Con qué frecuencia',
  'incomeKind.job': 'Trabajo (salario, propinas)',
  'incomeKind.self_employment': 'Trabajo por cuenta propia (neto)',
  'incomeKind.unemployment': 'Desempleo',
  'incomeKind.social_security': 'Seguro Social',
  'incomeKind.retirement': 'Jubilación o pensión',
  'incomeKind.other': 'Otro ingreso',
  'frequency.weekly': 'Cada semana',
  'frequency.every_two_weeks': 'Cada dos semanas',
  'frequency.twice_a_month': 'Dos veces al mes',
  'frequency.monthly': 'Cada mes',
  'frequency.yearly': 'Cada año',
  'frequency.one_time': 'Una sola vez',
  'deduction.heading': 'Deducciones de {name}',
  'deduction.add': 'Agregar una deducción de {name}',
  'deduction.remove': 'Quitar esta deducción',
  'deduction.kind': 'Tipo de deducción',
  'deductionKind.alimony_paid': 'Pensión alimenticia pagada al excónyuge',
  'deductionKind.student_loan_interest': 'Intereses de préstamos estudiantiles',
  'deductionKind.other': 'Otra deducción',
  'item.number': 'Elemento {n}',

  'member.currentCoverage': '¿Qué cobertura tiene {name} ahora?',
  'member.currentCoverageHint': 'No marque nada si no tiene ninguna.',
  'coverageKind.medicaid': 'Medicaid (MassHealth)',
  'coverageKind.chip': 'CHIP',
  'coverageKind.medicare': 'Medicare',
  'coverageKind.employer': 'Un plan de un trabajo',
  'coverageKind.va': 'Atención médica de VA',
  'coverageKind.other': 'Otra cobertura',
  'member.offer': '¿Le ofrece un trabajo cobertura de salud a {name}, aunque no esté inscrito?',
  'member.offer.employerName': 'Nombre del empleador',
  'member.offer.selfOnlyMonthlyPremium':
    'Lo que pagaría el empleado cada mes por el plan más barato solo para sí mismo (dólares)',
  'member.offer.meetsMinimumValue': '¿Cumple ese plan con el estándar de valor mínimo?',
  'member.offer.meetsMinimumValueHint': 'Lo dice el formulario de cobertura del empleador.',
  'member.pregnant': '¿Está embarazada {name}?',
  'member.expectedChildren': '¿Cuántos bebés espera?',

  'taxFiling.plansToFile':
    '¿Presentará {name} una declaración federal de impuestos para el año de la cobertura?',
  'taxFiling.filingStatus': 'Estado civil para la declaración',
  'filingStatus.single': 'Soltero o soltera',
  'filingStatus.married_joint': 'Casado, declaración conjunta',
  'filingStatus.married_separate': 'Casado, declaración por separado',
  'filingStatus.head_of_household': 'Cabeza de familia',

  'sign.intro':
    'Lea esto a la persona solicitante. Al firmar, confirma que las respuestas son verdaderas según su leal saber y entender, y que entiende que el mercado de seguros las comparará con otros registros.',
  'signature.attestsTrue': 'La persona solicitante confirma que las respuestas son verdaderas',
  'signature.typedName': 'La persona solicitante escribe su nombre completo como firma',
  'signature.date': 'Fecha de la firma',
  'signature.assisterId': 'Número de asistente',

  'review.intro':
    'Revise cada respuesta con la persona solicitante. Use “Cambiar” para corregir una.',
  'review.change': 'Cambiar {section}',
  'review.none': 'Ninguno',
  'review.hidden': 'Dado (no se muestra)',

  'receipt.print': 'Imprimir o guardar esta página',
  'receipt.date': 'Fecha de recepción',
  'receipt.applicant': 'Persona solicitante',
  'receipt.notSent':
    'El mercado de seguros todavía no la ha recibido. Esta página mostrará el número de confirmación en cuanto el mercado de seguros confirme que recibió la solicitud.',
  'receipt.nextHeading': 'Qué pasa ahora',
  'receipt.next1':
    'El mercado de seguros revisa la solicitud y envía una carta con la decisión, en el idioma elegido.',
  'receipt.next2':
    'Si el mercado de seguros pide documentos, envíelos antes de la fecha de la carta para que la cobertura no se detenga.',
  'receipt.next3':
    'Guarde este número de confirmación. Menciónelo si llama al mercado de seguros o vuelve por ayuda.',
  'receipt.checklistHeading': 'Documentos que debe tener a mano',
  'receipt.checklistNone': 'Según las respuestas, no se esperan documentos.',
  'checklist.income':
    'Comprobante de ingresos de {name}: talones de pago recientes o una carta del empleador',
  'checklist.selfEmployment':
    'Comprobante de ingresos por cuenta propia de {name}: una declaración de impuestos o un libro de cuentas',
  'checklist.benefits': 'Cartas de beneficios de {name} (Seguro Social, desempleo, pensión)',
  'checklist.immigration': 'Documento de inmigración de {name}: {document}',
  'checklist.ssnPending': 'El número de Seguro Social de {name} cuando llegue',
  'checklist.employer':
    'El formulario de cobertura del empleador (Employer Coverage Tool) de {name}',
  'receipt.screeningHeading': 'Ayuda estimada con los costos',
  'receipt.screeningPending':
    'El cálculo en dólares de los créditos fiscales y programas aparecerá aquí cuando la verificación de elegibilidad forme parte de la aplicación. Esto no es una decisión: la carta del mercado de seguros lo es.',
  'receipt.backToList': 'Volver a todas las solicitudes',

  'languages.heading': 'Ayuda en su idioma',
  'languages.intro':
    'Hay asistencia gratuita con el idioma. Estos avisos lo dicen en los idiomas más hablados en Massachusetts por personas con dominio limitado del inglés.',
  'languages.source':
    'Avisos: Departamento de Salud y Servicios Humanos de EE. UU., Oficina de Derechos Civiles, avisos de muestra (Sección 1557). Idiomas: los 15 idiomas principales de Massachusetts según esa Oficina.',

  'format.ssn': 'El número de Seguro Social tiene 9 dígitos, por ejemplo 123-45-6789.',
  'format.aNumber': 'El número A tiene de 7 a 9 dígitos.',
  'format.cardNumber':
    'El número de tarjeta tiene 3 letras y 10 dígitos, por ejemplo EAC1234567890.',
  'format.i94Number': 'El número de I-94 tiene 11 caracteres.',
  'format.passportNumber': 'El número de pasaporte tiene de 6 a 12 letras y dígitos.',
  'format.passportCountry': 'Use el código de 3 letras impreso en el pasaporte, por ejemplo MEX.',
  'format.zip': 'El código postal tiene 5 dígitos.',
  'format.phone': 'El número de teléfono tiene 10 dígitos, por ejemplo 617-555-0142.',
  'format.email': 'Revise el correo electrónico: se parece a nombre@ejemplo.com.',
  'error.ssn_area': 'Ningún número de Seguro Social empieza con 000, 666 o 9. Revise el número.',
  'error.ssn_group_serial': 'Este no es un número de Seguro Social válido. Revise los dígitos.',
  'error.ssn_advertised':
    'Este número se publicó como ejemplo y no pertenece a nadie. Revise la tarjeta.',
  'error.not_asked_of_non_applicant': 'Esto no se pregunta a quien no pide cobertura. Quítelo.',
  'error.not_applicable': 'Esto no corresponde con las demás respuestas. Quítelo.',
  'error.self_first': 'Solo la primera persona es “Usted (la persona solicitante)”.',
  'error.one_spouse': 'Solo una persona puede ser el cónyuge.',
  'error.nobody_applying': 'Al menos una persona debe pedir cobertura.',
  'error.expected_children_missing': 'Diga cuántos bebés espera.',
  'error.authorization_revoked':
    'La persona solicitante retiró su permiso: esta solicitud termina aquí.',
};
